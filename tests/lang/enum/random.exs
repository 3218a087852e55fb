# Random choices.  A generator seeded with :rand.seed(:exsss, ...) gives
# OTP's numbers, so seeded results are printed; unseeded ones only show
# their properties.
:rand.seed(:exsss, 42)
IO.inspect(for _ <- 1..5, do: :rand.uniform(100))
IO.inspect(:rand.uniform())
IO.inspect(:rand.uniform(1_000_000_000_000))
IO.inspect(:rand.uniform(2 ** 58))
IO.inspect(:rand.uniform(2 ** 58 + 1))
IO.inspect(:rand.uniform(2 ** 70))
IO.inspect(:rand.uniform(3 ** 50))

:rand.seed(:exsss, {1, 2, 3})
IO.inspect(Enum.shuffle(1..20))
IO.inspect(Enum.random([:a, :b, :c, :d]))
IO.inspect(Enum.random(1..1000))
IO.inspect(Enum.random(10..1//-3))
IO.inspect(Enum.random(%{a: 1, b: 2, c: 3}))
IO.inspect(Enum.random(Stream.map(1..50, &(&1 * 2))))
IO.inspect(Enum.take_random(1..100, 5))
IO.inspect(Enum.take_random(1..1000, 200) |> Enum.take(10))
IO.inspect(Enum.take_random([:x], 1))
IO.inspect(Enum.take_random(1..10, 1))

:rand.seed(:default, [7, 8])
IO.inspect(for _ <- 1..3, do: :rand.uniform(6))
:rand.seed(:exsss, -12345)
IO.inspect(:rand.uniform(10))
{handler, state} = :rand.seed_s(:exsss, 99)
IO.inspect(state)
{x, _} = :rand.uniform_s({handler, state})
IO.inspect(x)
IO.inspect(:rand.export_seed())
:rand.seed(:exsss, 2 ** 80 + 5)
IO.inspect(:rand.uniform(1000))

# The same seed, the same sequence.
a = (fn -> :rand.seed(:exsss, 7); Enum.shuffle(1..30) end).()
b = (fn -> :rand.seed(:exsss, 7); Enum.shuffle(1..30) end).()
IO.inspect(a == b)

# Unseeded: a new process seeds itself.
parent = self()

spawn(fn ->
  list = Enum.to_list(1..50)
  shuffled = Enum.shuffle(list)
  send(parent, {:props, length(shuffled), Enum.sort(shuffled) == list, Enum.random(list) in list})

  floats = for _ <- 1..200, do: :rand.uniform()
  ints = for _ <- 1..200, do: :rand.uniform(6)
  send(parent, {:ranges, Enum.all?(floats, &(&1 >= 0.0 and &1 < 1.0)), Enum.all?(ints, &(&1 in 1..6))})
  send(parent, {:sample, length(Enum.take_random(1..100, 10)), Enum.uniq(Enum.take_random(1..100, 10)) |> length()})
end)

for _ <- 1..3 do
  receive do
    msg -> IO.inspect(msg)
  end
end

IO.inspect(Enum.shuffle([]))
IO.inspect(Enum.take_random([], 3))
IO.inspect(Enum.take_random(1..3, 0))
IO.inspect(Enum.sort(Enum.take_random(1..3, 10)))

try do
  Enum.random([])
rescue
  e -> IO.inspect(e)
end

try do
  :rand.uniform(0)
rescue
  e -> IO.inspect(e.__struct__)
end
