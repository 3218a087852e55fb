# Supervisor.start_link/2 without :strategy raises ArgumentError in the caller
try do
  Supervisor.start_link([], [])
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
try do
  Supervisor.start_link([], name: :nameless)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
try do
  Supervisor.init([], [])
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
IO.inspect(Process.whereis(:nameless))
