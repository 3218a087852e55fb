# raise with string, module, module+opts, exception struct
try do
  raise("plain string")
rescue
  e -> IO.inspect({e.__struct__, Exception.message(e)})
end

try do
  raise(ArgumentError)
rescue
  e -> IO.inspect({e.__struct__, Exception.message(e)})
end

try do
  raise(ArgumentError, "with message")
rescue
  e -> IO.inspect({e.__struct__, Exception.message(e)})
end

try do
  raise(ArgumentError, message: "kw message")
rescue
  e -> IO.inspect({e.__struct__, Exception.message(e)})
end

try do
  raise(KeyError, key: :k, term: %{})
rescue
  e -> IO.inspect({e.__struct__, Exception.message(e)})
end

try do
  raise(%RuntimeError{message: "struct form"})
rescue
  e -> IO.inspect({e.__struct__, Exception.message(e)})
end

try do
  raise(RuntimeError)
rescue
  e -> IO.inspect(e)
end

e = RuntimeError.exception("built")
IO.inspect(e)
IO.inspect(ArgumentError.exception(message: "kw"))
