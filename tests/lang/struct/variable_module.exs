# Struct patterns whose module is a variable: %mod{} binds it, %^mod{}
# pins it, %_{} matches any struct.
defmodule Point do
  defstruct x: 0, y: 0
end

defmodule Circle do
  defstruct center: %Point{}, r: 1
end

defmodule Shapes do
  def kind(%mod{}), do: mod
  def kind(_), do: :not_a_struct

  def same_kind?(%mod{}, %mod{}), do: true
  def same_kind?(_, _), do: false

  def field_x(%_{x: x}), do: {:x, x}
  def field_x(_), do: :none

  def only(%m{} = s, m), do: {:ok, s}
  def only(_, _), do: :error

  def pinned(value, mod) do
    case value do
      %^mod{} -> :right_module
      %_{} -> :other_struct
      _ -> :plain
    end
  end

  def describe(s) when is_map(s) do
    case s do
      %mod{center: %Point{x: x}} when mod == Circle -> "circle at x=#{x}"
      %mod{} when mod in [Point] -> "a point"
      %{} -> "a map"
    end
  end
end

defmodule Main do
  def run do
    IO.inspect(Shapes.kind(%Point{}))
    IO.inspect(Shapes.kind(%Circle{}))
    IO.inspect(Shapes.kind(%{x: 1}))
    IO.inspect(Shapes.kind(%{__struct__: "not an atom"}))
    IO.inspect(Shapes.kind(:atom))
    IO.inspect(Shapes.same_kind?(%Point{}, %Point{x: 3}))
    IO.inspect(Shapes.same_kind?(%Point{}, %Circle{}))
    IO.inspect(Shapes.field_x(%Point{x: 7}))
    IO.inspect(Shapes.field_x(%Circle{}))
    IO.inspect(Shapes.field_x(%{x: 7}))
    IO.inspect(Shapes.only(%Point{}, Point))
    IO.inspect(Shapes.only(%Point{}, Circle))
    IO.inspect(Shapes.pinned(%Point{}, Point))
    IO.inspect(Shapes.pinned(%Circle{}, Point))
    IO.inspect(Shapes.pinned(%{}, Point))
    IO.inspect(Shapes.describe(%Circle{center: %Point{x: 4}}))
    IO.inspect(Shapes.describe(%Point{}))
    IO.inspect(Shapes.describe(%{a: 1}))

    %mod{} = %Point{x: 1}
    IO.inspect(mod)
    %kind{r: r} = %Circle{r: 5}
    IO.inspect({kind, r})
    %_{y: y} = %Point{y: 9}
    IO.inspect(y)
    expected = Circle
    %^expected{center: c} = %Circle{}
    IO.inspect(c)
    f = fn
      %m{} -> {:struct, m}
      other -> {:other, other}
    end
    IO.inspect(Enum.map([%Point{}, %{}, 1], f))
    IO.inspect(match?(%_{}, %{__struct__: Point}))
    IO.inspect(match?(%_{}, %{}))
    IO.inspect(for %m{} <- [%Point{}, :skip, %Circle{}], do: m)

    try do
      %^expected{} = hd([%Point{}])
    rescue
      e in MatchError -> IO.inspect(e)
    end

    try do
      raise ArgumentError, "bad"
    rescue
      e ->
        %mod{message: message} = e
        IO.inspect({mod, message})
    end
  end
end

Main.run()
