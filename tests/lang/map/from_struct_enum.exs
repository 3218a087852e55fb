# Map.from_struct and Enum over maps
defmodule Pt do
  defstruct x: 0, y: 0
end

defmodule Main do
  def run do
    p = %Pt{x: 3, y: 4}
    IO.inspect(Map.from_struct(p))
    IO.inspect(Map.keys(p))
    m = %{a: 1, b: 2, c: 3}
    IO.inspect(Enum.map(m, fn {k, v} -> {k, v * 2} end))
    IO.inspect(Enum.into(Enum.map(m, fn {k, v} -> {v, k} end), %{}))
    IO.inspect(Enum.reduce(m, 0, fn {_k, v}, acc -> v + acc end))
    IO.inspect(Enum.count(m))
    IO.inspect(Enum.member?(m, {:a, 1}))
    IO.inspect(Enum.member?(m, :a))
    IO.inspect(for {k, v} <- m, v > 1, do: k)
    IO.inspect(Enum.filter(m, fn {_k, v} -> v != 2 end) |> Map.new())
    IO.inspect(Enum.sort_by(m, fn {_k, v} -> -v end))
  end
end

Main.run()
