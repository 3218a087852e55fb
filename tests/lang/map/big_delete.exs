# Deleting from maps of more than 32 keys: at 32 keys a map is flat again
# (sorted keys), as on OTP.
show = fn m -> IO.inspect(Map.keys(m), limit: :infinity) end
m = Map.new(1..40, &{&1, &1})
shrunk =
  Enum.reduce(1..10, m, fn i, acc ->
    acc = Map.delete(acc, i * 4)
    show.(acc)
    acc
  end)
IO.inspect(map_size(shrunk))
IO.inspect(Map.delete(m, 1000) === m)
{v, popped} = Map.pop(Map.new(1..33, &{&1, &1}), 17)
IO.inspect(v)
show.(popped)
show.(Map.drop(m, Enum.to_list(1..8)))
show.(Map.drop(m, Enum.to_list(1..7)))
show.(Map.take(m, Enum.to_list(5..38)))
{taken, rest} = Map.split(m, [1, 2, 3])
show.(taken)
show.(rest)
show.(Map.filter(m, fn {k, _} -> rem(k, 3) != 0 end))
show.(Map.reject(m, fn {k, _} -> k > 33 end))

# a big map emptied key by key and filled again
big = Map.new(1..1000, &{&1, &1})
gone = Enum.reduce(1..970, big, fn i, acc -> Map.delete(acc, i * 7 |> rem(1001)) end)
show.(gone)
refilled = Enum.reduce(1..1000, gone, fn i, acc -> Map.put(acc, i, i) end)
IO.inspect(refilled == big)
IO.inspect(Map.keys(refilled) == Map.keys(big))
