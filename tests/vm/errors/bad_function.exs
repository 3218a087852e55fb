# expect-exit: 1
# expect-stderr: ** (BadFunctionError) expected a function, got: 42
f = 42
f.(1)
