# Messages a process sends before it dies arrive before its :EXIT and :DOWN
defmodule MsgBeforeExit do
  def run do
    parent = self()
    Process.flag(:trap_exit, true)
    p = spawn_link(fn ->
      for i <- 1..5, do: send(parent, {:msg, i})
      exit(:done_sending)
    end)
    got = for _ <- 1..6 do
      receive do
        m -> m
      end
    end
    IO.inspect(Enum.map(got, fn
      {:EXIT, ^p, r} -> {:exit, r}
      other -> other
    end))
    {q, ref} = spawn_monitor(fn ->
      send(parent, :last_words)
      exit(:after_words)
    end)
    first = receive do m -> m end
    second = receive do m -> m end
    IO.inspect({first, match?({:DOWN, ^ref, :process, ^q, :after_words}, second)})
  end
end

MsgBeforeExit.run()
