# Calls without parentheses are outside the subset.
# expect-exit: 1
# expect-stderr: (SyntaxError)
# expect-stderr: calls without parentheses are not supported
IO.puts "hello"
