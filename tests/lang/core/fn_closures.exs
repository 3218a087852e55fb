# Anonymous functions capturing variables
x = 10
add_x = fn y -> x + y end
IO.puts(add_x.(5))
x = 100
IO.puts(add_x.(5))
IO.puts(x)

make_adder = fn n -> fn m -> n + m end end
add3 = make_adder.(3)
add7 = make_adder.(7)
IO.puts(add3.(1))
IO.puts(add7.(1))
IO.puts(make_adder.(1).(1))

compose = fn f, g -> fn v -> g.(f.(v)) end end
inc_then_double = compose.(fn a -> a + 1 end, fn a -> a * 2 end)
IO.puts(inc_then_double.(4))

counter = fn start ->
  {start, fn -> start + 1 end}
end
{c0, next} = counter.(41)
IO.inspect({c0, next.()})

zero = fn -> :nothing end
IO.inspect(zero.())
three = fn a, b, c -> [c, b, a] end
IO.inspect(three.(1, 2, 3))
IO.inspect(is_function(add3, 1))
