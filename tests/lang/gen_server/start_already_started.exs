# a second start with a taken name returns {:error, {:already_started, pid}}
# and never runs init/1 (the name check happens before spawning)
defmodule Once do
  use GenServer

  def init(parent) do
    send(parent, {:init_ran, self()})
    {:ok, parent}
  end
end

{:ok, pid} = GenServer.start_link(Once, self(), name: :once)
receive do
  {:init_ran, p} -> IO.inspect(p == pid)
end
r1 = GenServer.start_link(Once, self(), name: :once)
IO.inspect(r1 == {:error, {:already_started, pid}})
r2 = GenServer.start(Once, self(), name: :once)
{:error, {:already_started, other}} = r2
IO.inspect(other == pid)
receive do
  {:init_ran, _} -> IO.puts("init ran again")
after
  30 -> IO.puts("init not run for the duplicates")
end
# the name is also taken when held by a plain process
Process.register(spawn(fn -> Process.sleep(1000) end), :plain_name)
{:error, {:already_started, holder}} = GenServer.start(Once, self(), name: :plain_name)
IO.inspect(holder == Process.whereis(:plain_name))
