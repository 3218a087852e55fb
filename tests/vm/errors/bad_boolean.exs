# expect-exit: 1
# expect-stderr: ** (BadBooleanError) expected a boolean on left-side of "and", got: 1
x = 1
IO.puts(x and true)
