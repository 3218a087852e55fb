# Regexes (~r) and other sigils are outside the subset.
# expect-exit: 1
# expect-stderr: (SyntaxError)
# expect-stderr: sigil ~r is not supported
IO.inspect(Regex.match?(~r/a+/, "aaa"))
