# Process.register / unregister / whereis / registered
defmodule RegWhere do
  def run do
    parent = self()
    pid = spawn(fn -> receive do :stop -> send(parent, :stopped) end end)
    IO.inspect(Process.whereis(:my_worker))
    IO.inspect(Process.register(pid, :my_worker))
    IO.inspect(Process.whereis(:my_worker) == pid)
    IO.inspect(:my_worker in Process.registered())
    IO.inspect(Process.unregister(:my_worker))
    IO.inspect(Process.whereis(:my_worker))
    IO.inspect(:my_worker in Process.registered())
    IO.inspect(Process.register(pid, :renamed))
    send(:renamed, :stop)
    receive do
      :stopped -> IO.puts("stopped via name")
    end
    IO.inspect(Process.register(self(), :main_proc))
    IO.inspect(Process.whereis(:main_proc) == self())
    send(:main_proc, :to_myself)
    receive do
      :to_myself -> IO.puts("sent to own name")
    end
    IO.inspect(Enum.member?(Process.registered(), :main_proc))
    Process.unregister(:main_proc)
    Process.register(self(), :main_again)
    IO.inspect({Process.whereis(:main_proc), Process.whereis(:main_again) == self()})
  end
end

RegWhere.run()
