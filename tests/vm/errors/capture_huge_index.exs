# A capture argument past the largest arity is a compile error, not an
# attempt to build a function of two billion parameters (found by fuzzing).
# expect-exit: 1
# expect-stderr: capture argument &2047375693 is out of range (a function takes at most 255 arguments)
IO.inspect(Enum.map([{1, 2}], &elem(&002047375693, 1)))
