Logger.configure(level: :none)

defmodule Flaky do
  use GenServer

  # The first start succeeds, the next two fail; the second failure waits
  # for :go so that the test can queue requests while the child is
  # :restarting.
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
          :go -> {:error, :second_retry_fails}
        end

      _ ->
        GenServer.start_link(__MODULE__, n)
    end
  end

  def init(n), do: {:ok, n}
  def handle_call(:n, _from, n), do: {:reply, n, n}
end

defmodule Steady do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, :steady)
  def init(s), do: {:ok, s}
end

children = [%{id: :flaky, start: {Flaky, :start_link, [self()]}}, %{id: :steady, start: {Steady, :start_link, [nil]}}]
{:ok, sup} = Supervisor.start_link(children, strategy: :one_for_one, max_restarts: 10)
{:flaky, pid, :worker, [Flaky]} = List.keyfind(Supervisor.which_children(sup), :flaky, 0)
Process.exit(pid, :kill)

receive do
  {:attempt, 2} -> IO.puts("attempt 2 failed")
end

receive do
  {:attempt, 3} -> IO.puts("attempt 3 waiting")
end

# The supervisor is inside the third start: these requests queue up.
requests = [:which_children, {:delete_child, :flaky}, {:restart_child, :flaky}, :count_children, {:start_child, %{id: :flaky, start: {Steady, :start_link, [nil]}}}]

refs =
  for request <- requests do
    ref = make_ref()
    send(sup, {:"$gen_call", {self(), ref}, request})
    ref
  end

send(sup, :go)

for ref <- refs do
  receive do
    {^ref, reply} -> IO.inspect(reply |> then(fn r -> if is_list(r), do: Enum.map(r, fn {id, p, t, m} -> {id, if(is_pid(p), do: :pid, else: p), t, m}; kv -> kv end), else: r end))
  end
end

{:flaky, pid, :worker, [Flaky]} = List.keyfind(Supervisor.which_children(sup), :flaky, 0)
IO.inspect(GenServer.call(pid, :n))
IO.inspect(Supervisor.count_children(sup))
