# ?a character literals
IO.inspect(?a)
IO.inspect(?A)
IO.inspect(?0)
IO.inspect(?\s)
IO.inspect(?\n)
IO.inspect(?é)
IO.inspect(?€)
IO.inspect([?h, ?i])
IO.inspect(?z - ?a)
IO.puts(<<?x, ?y>>)

classify = fn
  c when c in ?a..?z -> :lower
  c when c in ?A..?Z -> :upper
  c when c in ?0..?9 -> :digit
  _ -> :other
end

IO.inspect(Enum.map('aZ5!', classify))
