# for over ranges (with steps) and maps
IO.inspect(for x <- 10..1//-3, do: x)
IO.inspect(for x <- 0..20//5, do: x)
IO.inspect(for x <- 1..0//1, do: x)
IO.inspect(for {k, v} <- %{b: 2, a: 1, c: 3}, do: {k, v * 100})
IO.inspect(for {k, _} <- %{"y" => 1, "x" => 2}, do: k)
m = Map.new(1..40, fn i -> {i, i} end)
IO.inspect(for({k, v} <- m, k > 37, do: {k, v * 1000}) |> Enum.sort())
IO.inspect(for x <- ?a..?e, do: <<x>>)
