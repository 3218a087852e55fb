# __STACKTRACE__ is a list inside rescue/catch
try do
  raise("x")
rescue
  _ -> IO.inspect(is_list(__STACKTRACE__))
end

try do
  throw(:t)
catch
  _kind, _value -> IO.inspect(is_list(__STACKTRACE__))
end

try do
  exit(:e)
catch
  :exit, _ ->
    st = __STACKTRACE__
    IO.inspect(is_list(st))
    IO.inspect(Enum.all?(st, &is_tuple/1))
end
