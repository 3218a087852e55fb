# Large and nested terms survive being copied between processes
defmodule BigMsg do
  def echo do
    receive do
      {from, term} ->
        send(from, {:echo, term})
        echo()
    end
  end

  def roundtrip(pid, term) do
    send(pid, {self(), term})
    receive do
      {:echo, t} -> t
    end
  end

  def run do
    pid = spawn(fn -> echo() end)
    big_list = Enum.to_list(1..100_000)
    IO.inspect(roundtrip(pid, big_list) == big_list)
    bin = :binary.copy("abcdefghij", 10_000)
    back = roundtrip(pid, bin)
    IO.inspect({byte_size(back), back == bin})
    map = Map.new(1..1000, fn i -> {i, {:v, Integer.to_string(i)}} end)
    IO.inspect(roundtrip(pid, map) == map)
    nested = Enum.reduce(1..200, :leaf, fn i, acc -> {i, [acc], %{k: i}} end)
    IO.inspect(roundtrip(pid, nested) == nested)
    big_int = Integer.pow(3, 300)
    IO.inspect(roundtrip(pid, big_int) == big_int)
    mixed = [1.5, -0.0, :atom, "str", 'chars', {<<1, 2, 3>>, [a: 1]}, make_ref() == nil]
    IO.inspect(roundtrip(pid, mixed))
    shared = [1, 2, 3]
    IO.inspect(roundtrip(pid, {shared, shared, shared}))
    sub = binary_part(bin, 5, 100)
    IO.inspect(roundtrip(pid, sub) == sub)
  end
end

BigMsg.run()
