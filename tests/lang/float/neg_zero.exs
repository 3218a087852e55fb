# negative zero
z = -0.0
IO.inspect(z)
IO.puts(z)
IO.puts(0.0 == -0.0)
IO.puts(0.0 === -0.0)
IO.inspect(0.0 * -1)
IO.inspect(-0.0 + 0.0)
IO.inspect(abs(-0.0))
IO.inspect(Float.round(-0.1))
IO.inspect(Float.ceil(-0.1))
IO.inspect(round(-0.1))
IO.inspect(trunc(-0.9))
