# deep_terms.exs at a depth that --gc-stress (a collection at every
# allocation) can afford: collection, copying and comparison of nested
# terms in every mode.
# expect-stdout: equal: true
# expect-stdout: sent and back: true
# expect-stdout: iodata: 1
n = 5_000
nest = fn -> Enum.reduce(1..n, :leaf, fn _, acc -> {[acc]} end) end
a = nest.()
b = nest.()
IO.puts("equal: #{a == b}")
me = self()
echo = spawn(fn -> receive do t -> send(me, {:back, t}) end end)
send(echo, a)
receive do {:back, t} -> IO.puts("sent and back: #{t == b}") end
IO.puts("iodata: #{byte_size(:erlang.iolist_to_binary(Enum.reduce(1..n, "x", fn _, acc -> [acc] end)))}")
