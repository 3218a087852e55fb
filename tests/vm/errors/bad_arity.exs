# expect-exit: 1
# expect-stderr: ** (BadArityError)
# expect-stderr: with arity 1 called with 2 arguments (1, 2)
f = fn x -> x end
f.(1, 2)
