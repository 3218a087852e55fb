# struct update syntax and pattern matching
defmodule Point do
  defstruct x: 0, y: 0
end

defmodule Geo do
  def quadrant(%Point{x: x, y: y}) when x > 0 and y > 0, do: 1
  def quadrant(%Point{x: x, y: y}) when x < 0 and y > 0, do: 2
  def quadrant(%Point{}), do: :other
  def quadrant(_), do: :not_a_point

  def move(%Point{} = p, dx, dy), do: %Point{p | x: p.x + dx, y: p.y + dy}

  def run do
    p = %Point{x: 1, y: 2}
    IO.inspect(p)
    IO.inspect(%Point{p | y: 10})
    IO.inspect(%{p | x: -5})
    IO.inspect(move(p, 3, 4))
    IO.inspect(quadrant(p))
    IO.inspect(quadrant(%Point{x: -1, y: 1}))
    IO.inspect(quadrant(%Point{x: -1, y: -1}))
    IO.inspect(quadrant(%{x: 1, y: 1}))
    %Point{x: x} = p
    IO.inspect(x)
    %{y: y} = p
    IO.inspect(y)
    IO.inspect(match?(%Point{}, p))
    IO.inspect(match?(%Point{}, %{x: 1, y: 2}))
    IO.inspect(match?(%{}, p))
    %mod{} = p
    IO.inspect(mod)
  end
end

Geo.run()
