# gcstress: skip
# Errors found far down a long list, after the built-in has yielded a few
# times, still name the built-in and its original arguments.
long = Enum.to_list(1..300_000)
improper = long ++ :tail

cases = [
  {"length", fn -> length(improper) end},
  {"reverse/1", fn -> :lists.reverse(improper) end},
  {"reverse/2", fn -> :lists.reverse(improper, []) end},
  {"++", fn -> improper ++ [1] end},
  {"member", fn -> :lists.member(0, improper) end},
  {"keyfind", fn -> :lists.keyfind(0, 1, improper) end},
  {"--", fn -> improper -- [1] end},
  {"-- right", fn -> [1] -- improper end}
]

for {label, f} <- cases do
  try do
    f.()
    IO.puts("#{label}: no error")
  rescue
    e ->
      [{m, fun, args, _} | _] = __STACKTRACE__
      IO.puts("#{label}: #{Exception.message(e)} at #{inspect(m)}.#{fun}/#{length(args)}")
  end
end

# -- on long lists keeps the first occurrences' complement, in order
a = Enum.flat_map(1..50_000, fn i -> [rem(i, 100), i] end)
b = Enum.to_list(1..20_000) ++ Enum.to_list(0..99)
r = a -- b
IO.inspect({length(r), Enum.take(r, 12), Enum.take(r, -5)})
IO.inspect([1.0, 1, 2, 1, 1.0] -- [1, 1.0, 1.0])
IO.inspect(Enum.to_list(1..40) -- Enum.to_list(20..60))
