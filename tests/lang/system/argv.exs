# System.argv() is empty when no arguments are given
args = System.argv()
IO.inspect(args)
IO.inspect(is_list(args))
IO.inspect(length(args))
case args do
  [] -> IO.puts("no args")
  _ -> IO.puts("has args")
end
