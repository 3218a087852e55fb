# Calls between modules, nested module names, defp, __MODULE__
defmodule Geo.Point do
  def new(x, y), do: {__MODULE__, x, y}
  def add({_, x1, y1}, {_, x2, y2}), do: new(x1 + x2, y1 + y2)
  def show({_, x, y}), do: "(#{x}, #{y})"
end

defmodule Geo.Path do
  def length_sq([]), do: 0
  def length_sq([_]), do: 0
  def length_sq([a, b | rest]), do: dist_sq(a, b) + length_sq([b | rest])

  defp dist_sq({_, x1, y1}, {_, x2, y2}) do
    dx = x2 - x1
    dy = y2 - y1
    dx * dx + dy * dy
  end

  def name, do: __MODULE__
end

p = Geo.Point.new(1, 2)
q = Geo.Point.add(p, Geo.Point.new(3, 4))
IO.inspect(p)
IO.puts(Geo.Point.show(q))
IO.puts(Geo.Path.length_sq([p, q, Geo.Point.new(0, 0)]))
IO.inspect(Geo.Path.name())
IO.puts(Geo.Path.name())
IO.inspect(Geo.Point == :"Elixir.Geo.Point")
