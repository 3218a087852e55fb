# Exception.message / format banner / exception?
defmodule V do
  def v(x), do: x
end

e1 = RuntimeError.exception("rt")
IO.puts(Exception.message(e1))
IO.puts(Exception.format_banner(:error, e1))
IO.puts(Exception.format_banner(:throw, :value))
IO.puts(Exception.format_banner(:exit, :shutdown))
IO.puts(Exception.format_banner(:error, :badarg))
IO.puts(Exception.format(:error, e1, []))
IO.puts(Exception.format(:throw, {:a, 1}, []))
IO.puts(Exception.format(:exit, :normal, []))
IO.inspect(Exception.exception?(e1))
IO.inspect(Exception.exception?(:nope))
e2 = Exception.normalize(:error, :badarg, [])
IO.inspect(e2)
IO.puts(Exception.message(e2))
e3 = Exception.normalize(:error, {:badkey, :x, %{}}, [])
IO.puts(Exception.message(e3))
IO.inspect(Exception.normalize(:throw, :t, []))

try do
  hd(V.v([]))
rescue
  e -> IO.puts(Exception.format_banner(:error, e))
end
