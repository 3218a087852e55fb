# Processes arrive later: receive is a clear compile error meanwhile.
# expect-exit: 1
# expect-stderr: receive is not supported yet
receive do
  x -> x
end
