# inspect of structs, nested structs, lists of structs
defmodule Shop.Product do
  defstruct id: nil, title: "", price: 0.0
end

defmodule Shop.Cart do
  defstruct items: [], owner: nil
end

defmodule Main do
  alias Shop.Product
  alias Shop.Cart

  def run do
    p1 = %Product{id: 1, title: "Book", price: 9.5}
    p2 = %Product{id: 2, title: "Pen"}
    IO.puts(inspect(p1))
    IO.puts(inspect([p1, p2]))
    IO.puts(inspect(%Cart{items: [p2], owner: "me"}))
    IO.puts(inspect(%Cart{}))
    IO.puts(inspect({:ok, p2}))
    IO.puts(inspect(%{cart: %Cart{}}))
  end
end

Main.run()
