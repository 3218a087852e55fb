# A capture's arity past the largest a function may take is a compile
# error, not an anonymous function of two hundred million parameters
# (found by fuzzing: &!/199999999 ran out of memory).
# expect-exit: 1
# expect-stderr: capture_huge_arity.exs:6:28: invalid arity in capture: a function takes at most 255 arguments
IO.inspect(Enum.map([nil], &!/199999999))
