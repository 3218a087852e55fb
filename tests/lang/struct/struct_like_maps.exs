# maps that carry __struct__ but are not valid structs inspect as maps
defmodule Shop.Product do
  defstruct id: nil, title: "", price: 0.0
end

defmodule Main do
  def run do
    p1 = %Shop.Product{id: 1, title: "Book", price: 9.5}
    IO.puts(inspect(Map.put(p1, :__struct__, Shop.Missing)))
    IO.puts(inspect(Map.delete(p1, :price)))
    IO.puts(inspect(Map.put(p1, :extra, 1)))
    IO.puts(inspect(%{__struct__: Shop.Product, id: 2, title: "Pen", price: 1.0}))
  end
end

Main.run()
