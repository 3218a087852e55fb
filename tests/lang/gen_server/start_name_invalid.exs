# a :name that is not nil, an atom, {:global, t} or {:via, m, t} raises ArgumentError
defmodule Srv do
  use GenServer
  def init(s), do: {:ok, s}
end

for bad <- ["string", 42, {:local, :x}, {:global}, [:a]] do
  try do
    GenServer.start_link(Srv, :s, name: bad)
    IO.puts("no error")
  rescue
    e in ArgumentError -> IO.puts(Exception.message(e))
  end
end
