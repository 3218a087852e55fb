# Repeated receive timeouts in a loop, and a message arriving between them
defmodule AfterLoop do
  def loop(0, acc), do: Enum.reverse(acc)
  def loop(n, acc) do
    r =
      receive do
        {:msg, x} -> {:msg, x}
      after
        5 -> :tick
      end
    loop(n - 1, [r | acc])
  end

  def run do
    IO.inspect(loop(3, []))
    send(self(), {:msg, :a})
    IO.inspect(loop(2, []))
    send(self(), {:msg, 1})
    send(self(), {:msg, 2})
    send(self(), :other)
    IO.inspect(loop(3, []))
    receive do
      :other -> IO.puts("other still there")
    end
  end
end

AfterLoop.run()
