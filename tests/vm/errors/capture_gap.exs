# A capture numbers its arguments from &1 without gaps, as Elixir demands.
# expect-exit: 1
# expect-stderr: capture_gap.exs:4:5: capture argument &3 cannot be defined without &2 (you cannot skip arguments, all arguments must be numbered)
f = &{&1, &3, &5}
IO.inspect(f)
