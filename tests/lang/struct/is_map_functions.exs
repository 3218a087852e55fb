# structs are maps: is_map, Map functions, equality
defmodule Item do
  defstruct name: "", qty: 0
end

defmodule Main do
  def run do
    i = %Item{name: "pen", qty: 2}
    IO.inspect(is_map(i))
    IO.inspect(is_struct(i))
    IO.inspect(is_struct(i, Item))
    IO.inspect(is_struct(%{}))
    IO.inspect(map_size(i))
    IO.inspect(Map.keys(i))
    IO.inspect(Map.get(i, :qty))
    IO.inspect(Map.put(i, :qty, 5))
    IO.inspect(Map.from_struct(i))
    IO.inspect(Map.to_list(i))
    IO.inspect(i == %Item{name: "pen", qty: 2})
    IO.inspect(i == %{name: "pen", qty: 2})
    IO.inspect(Map.delete(i, :__struct__))
    IO.inspect(Map.merge(i, %{qty: 9}))
    IO.inspect(Map.has_key?(i, :__struct__))
  end
end

Main.run()
