# A match expression returns the right-hand side; IO.inspect returns its argument
r = IO.inspect({:a, 1})
IO.inspect(r == {:a, 1})
n = IO.inspect(5) + IO.inspect(6)
IO.puts(n)
l = [IO.inspect(:first), IO.inspect(:second)]
IO.inspect(l)
t = (x = 3)
IO.inspect({t, x})
s = IO.puts("puts returns ok")
IO.inspect(s)
inc = fn a -> a + 1 end
v = 1 |> IO.inspect() |> inc.() |> IO.inspect()
IO.inspect(v * 100)
