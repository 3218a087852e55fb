# alias (plain, as:, multi), import, nested modules and __MODULE__
defmodule Geometry.Shapes.Circle do
  def area(r), do: 3 * r * r
  def name, do: __MODULE__
end

defmodule Geometry.Shapes.Square do
  def area(s), do: s * s
end

defmodule Geometry.Util do
  def double(x), do: x * 2
  def triple(x), do: x * 3
end

defmodule Report do
  alias Geometry.Shapes.{Circle, Square}
  alias Geometry.Util, as: U
  import Geometry.Util

  def run do
    IO.puts(Circle.area(2))
    IO.puts(Square.area(3))
    IO.puts(U.double(5))
    IO.puts(triple(5))
    IO.inspect(Circle.name())
    IO.inspect(__MODULE__)
  end
end

defmodule Outer do
  defmodule Inner do
    def hello, do: "inner"
  end

  def call_inner, do: Inner.hello()
end

Report.run()
IO.puts(Outer.call_inner())
IO.puts(Outer.Inner.hello())
IO.inspect(Outer.Inner)
IO.puts(Outer.Inner)
