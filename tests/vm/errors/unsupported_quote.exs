# quote/unquote are macros' tools: outside the subset.
# expect-exit: 1
# expect-stderr: quote is not supported by beamlet
x = quote do: 1 + 2
IO.inspect(x)
