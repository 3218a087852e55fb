# after 0 polls the mailbox without blocking
defmodule Poll do
  def poll do
    receive do
      m -> {:got, m}
    after
      0 -> :empty
    end
  end

  def count(n) do
    receive do
      _ -> count(n + 1)
    after
      0 -> n
    end
  end

  def run do
    IO.inspect(poll())
    send(self(), :one)
    IO.inspect(poll())
    IO.inspect(poll())
    for i <- 1..25, do: send(self(), i)
    IO.inspect(count(0))
    IO.inspect(count(0))
    send(self(), {:keep, 1})
    send(self(), :drop)
    r =
      receive do
        :drop -> :dropped
      after
        0 -> :none
      end
    IO.inspect(r)
    r2 =
      receive do
        :missing -> :found
      after
        0 -> :not_there
      end
    IO.inspect(r2)
    IO.inspect(poll())
    parent = self()
    pid = spawn(fn ->
      receive do
        :go -> send(parent, :reply)
      end
    end)
    send(pid, :go)
    receive do
      :reply -> IO.puts("reply after go")
    end
    IO.inspect(poll())
  end
end

Poll.run()
