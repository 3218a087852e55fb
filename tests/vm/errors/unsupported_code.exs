# Code/Module introspection is outside the subset.
# expect-exit: 1
# expect-stderr: Code is not supported by beamlet
Code.eval_string("1 + 2")
