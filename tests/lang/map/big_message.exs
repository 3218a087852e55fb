# Maps of more than 32 keys sent between processes arrive whole.
m = Map.new(1..500, &{&1, "v#{&1}"})
parent = self()
pid = spawn(fn ->
  receive do
    {:map, got} ->
      send(parent, {:back, Map.put(got, 501, "new"), map_size(got), got[250]})
  end
end)
send(pid, {:map, m})
receive do
  {:back, back, size, v} ->
    IO.inspect({size, v, map_size(back), back[501], Map.delete(back, 501) == m})
    IO.inspect(Map.keys(back) |> Enum.take(12))
end
nested = %{a: m, b: [m, Map.new(1..40, &{{&1}, &1})]}
send(self(), nested)
receive do
  got -> IO.inspect({got == nested, map_size(got.a), got.b |> tl() |> hd() |> Map.keys() |> Enum.take(5)})
end
