# send/2 to {name, node()} and Process.send/3 with options
defmodule SendNameNode do
  def run do
    Process.register(self(), :me_here)
    send({:me_here, node()}, :via_tuple)
    receive do
      :via_tuple -> IO.puts("got message sent to {name, node}")
    end
    IO.inspect(Process.send(self(), :with_opts, [:noconnect]))
    receive do
      :with_opts -> IO.puts("Process.send/3 delivered")
    end
    IO.inspect(Process.send(:me_here, :by_name, []))
    receive do
      :by_name -> IO.puts("Process.send/3 to a name delivered")
    end
  end
end

SendNameNode.run()
