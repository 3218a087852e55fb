# two children with the same id: {:error, {:start_spec, {:duplicate_child_name, id}}}
# and none of them is started
defmodule W do
  use GenServer
  def start_link(parent), do: GenServer.start_link(__MODULE__, parent)
  def init(parent) do
    send(parent, :started)
    {:ok, parent}
  end
end

Process.flag(:trap_exit, true)
IO.inspect(Supervisor.start_link([{W, self()}, {W, self()}], strategy: :one_for_one))
IO.inspect(Supervisor.start_link([
  %{id: :same, start: {W, :start_link, [self()]}},
  %{id: :other, start: {W, :start_link, [self()]}},
  %{id: :same, start: {W, :start_link, [self()]}}
], strategy: :one_for_one))
receive do
  :started -> IO.puts("a child was started")
after
  30 -> IO.puts("no child was started")
end
