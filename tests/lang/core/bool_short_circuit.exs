# Short-circuiting: right side is evaluated only when needed
defmodule Trace do
  def t(label, value) do
    IO.puts("eval #{label}")
    value
  end
end

IO.inspect(Trace.t(:a, false) and Trace.t(:b, true))
IO.inspect(Trace.t(:c, true) or Trace.t(:d, false))
IO.inspect(Trace.t(:e, nil) && Trace.t(:f, 1))
IO.inspect(Trace.t(:g, 2) || Trace.t(:h, 3))
IO.inspect(Trace.t(:i, true) and Trace.t(:j, false))
IO.inspect(Trace.t(:k, false) || Trace.t(:l, nil))
