# receive ... after with timeouts held in variables, including :infinity
defmodule AfterVar do
  def wait(t) do
    receive do
      {:msg, x} -> {:got, x}
    after
      t -> :timed_out
    end
  end

  def run do
    send(self(), {:msg, 1})
    IO.inspect(wait(:infinity))
    IO.inspect(wait(0))
    IO.inspect(wait(20))
    parent = self()
    spawn(fn -> send(parent, {:msg, :from_child}) end)
    IO.inspect(wait(:infinity))
    send(self(), {:msg, 2})
    IO.inspect(wait(100))
    timeouts = [0, 5, 10]
    IO.inspect(Enum.map(timeouts, &wait/1))
    t = :infinity
    pid = spawn(fn ->
      receive do
        :ping -> send(parent, :pong)
      after
        t -> :never
      end
    end)
    send(pid, :ping)
    receive do
      :pong -> IO.puts("pong with infinity timeout")
    end
  end
end

AfterVar.run()
