# IO.inspect breaking nested lists and mixed containers
grid = for r <- 1..6, do: for(c <- 1..8, do: r * 1000 + c)
IO.inspect(grid)
IO.inspect([Enum.to_list(1..25), Enum.to_list(26..50)])
IO.inspect(%{list: Enum.to_list(1..30), other: :x})
IO.inspect({:deeply, [{:nested, [{:tuple, "with some text in it"}, {:and, "more text to overflow"}]}]})
