Logger.configure(level: :none)

defmodule Flaky do
  use GenServer

  def start_link(test) do
    n = :persistent_term.get(:flaky_attempt, 0) + 1
    :persistent_term.put(:flaky_attempt, n)

    case n do
      1 ->
        GenServer.start_link(__MODULE__, n)

      2 ->
        send(test, {:attempt, 2})
        {:error, :first_retry_fails}

      3 ->
        send(test, {:attempt, 3})

        receive do
          :go -> :some_bad_value
        end

      _ ->
        GenServer.start_link(__MODULE__, n)
    end
  end

  def init(n), do: {:ok, n}
  def handle_call(:n, _from, n), do: {:reply, n, n}
end

{:ok, sup} = DynamicSupervisor.start_link(max_restarts: 10)
{:ok, pid} = DynamicSupervisor.start_child(sup, %{id: :flaky, start: {Flaky, :start_link, [self()]}})
Process.exit(pid, :kill)

receive do
  {:attempt, 2} -> IO.puts("attempt 2 failed")
end

receive do
  {:attempt, 3} -> IO.puts("attempt 3 waiting")
end

refs =
  for request <- [:which_children, :count_children, {:terminate_child, pid}] do
    ref = make_ref()
    send(sup, {:"$gen_call", {self(), ref}, request})
    ref
  end

send(sup, :go)

for ref <- refs do
  receive do
    {^ref, reply} -> IO.inspect(reply)
  end
end

IO.inspect(DynamicSupervisor.which_children(sup))
IO.inspect(DynamicSupervisor.count_children(sup))
