# receive with guards, pinned variables and nested patterns
defmodule Guards do
  def classify do
    receive do
      {:num, n} when is_integer(n) and n > 100 -> {:big, n}
      {:num, n} when is_integer(n) -> {:small, n}
      {:num, f} when is_float(f) -> {:float, f}
      {:str, s} when is_binary(s) and byte_size(s) > 3 -> {:long_str, s}
      {:str, s} -> {:short_str, s}
      {:list, [h | _]} when h in [:a, :b] -> {:list_ab, h}
      other -> {:other, other}
    end
  end

  def run do
    msgs = [{:num, 500}, {:num, 5}, {:num, 2.5}, {:str, "hello"}, {:str, "hi"},
            {:list, [:b, :c]}, {:list, [:z]}, :weird]
    for m <- msgs, do: send(self(), m)
    for _ <- msgs, do: IO.inspect(classify())

    wanted = 3
    ref = make_ref()
    other_ref = make_ref()
    send(self(), {other_ref, 1})
    send(self(), {ref, 2})
    send(self(), {ref, wanted})
    receive do
      {^ref, ^wanted} -> IO.puts("pinned value 3")
    end
    receive do
      {^ref, v} -> IO.inspect({:ref_msg, v})
    end
    receive do
      {^other_ref, v} -> IO.inspect({:other_ref_msg, v})
    end
    send(self(), {:pair, 4, 4})
    send(self(), {:pair, 1, 2})
    receive do
      {:pair, a, b} when a != b -> IO.inspect({:unequal, a, b})
    end
    receive do
      {:pair, a, a} -> IO.inspect({:equal, a})
    end
  end
end

Guards.run()
