# Terms nested a million levels deep go through comparison, hashing (map
# keys), copying (send, exit reasons), collection, inspect and iodata
# without recursing on the C stack.
# expect-stdout: equal: true
# expect-stdout: identical: true
# expect-stdout: ordered: true
# expect-stdout: map key: true
# expect-stdout: collected: true
# expect-stdout: sent and back: true
# expect-stdout: exit reason: true
# expect-stdout: inspect limited: {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{...}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
# expect-stdout: inspect all: 2000005
# expect-stdout: iodata: 1 1 1 1
# expect-stdout: list: 1000000
# expect-stdout: maps equal: true
# gcstress: skip (deep_terms_gc.exs runs a shallower copy under stress)
n = 1_000_000
nest = fn leaf -> Enum.reduce(1..n, leaf, fn _, acc -> {acc} end) end
a = nest.(:leaf)
b = nest.(:leaf)
IO.puts("equal: #{a == b}")
IO.puts("identical: #{a === b}")
IO.puts("ordered: #{a < nest.(:zzz)}")
IO.puts("map key: #{Map.has_key?(%{a => 1}, b)}")
Enum.each(1..100, fn _ -> Enum.to_list(1..10_000) end)
IO.puts("collected: #{a == b}")
me = self()
echo = spawn(fn -> receive do t -> send(me, {:back, t}) end end)
send(echo, a)
receive do {:back, t} -> IO.puts("sent and back: #{t == b}") end
{pid, ref} = spawn_monitor(fn -> exit(a) end)
receive do {:DOWN, ^ref, :process, ^pid, r} -> IO.puts("exit reason: #{r == b}") end
IO.puts("inspect limited: #{inspect(a)}")
IO.puts("inspect all: #{byte_size(inspect(a, limit: :infinity))}")
l = Enum.reduce(1..n, "x", fn _, acc -> [acc] end)
IO.puts("iodata: #{byte_size(:erlang.iolist_to_binary(l))} #{byte_size(List.to_string(l))} " <>
        "#{byte_size(:unicode.characters_to_binary(l))} #{length(List.flatten(l))}")
IO.puts("list: #{length(List.flatten(Enum.reduce(1..n, [], fn i, acc -> [acc, i] end)))}")
m = Enum.reduce(1..n, %{}, fn _, acc -> %{k: acc} end)
m2 = Enum.reduce(1..n, %{}, fn _, acc -> %{k: acc} end)
IO.puts("maps equal: #{m == m2}")
