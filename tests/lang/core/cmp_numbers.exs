# Comparisons between integers and floats
IO.inspect(1 < 2)
IO.inspect(2 > 1)
IO.inspect(3 <= 3)
IO.inspect(3 >= 4)
IO.inspect(1 == 1.0)
IO.inspect(1 === 1.0)
IO.inspect(1 != 1.0)
IO.inspect(1 !== 1.0)
IO.inspect(1 < 1.5)
IO.inspect(2.0 > 1)
IO.inspect(-1 < -0.5)
IO.inspect(0 == -0)
IO.inspect(5 === 5)
x = 10
y = 10.0
IO.inspect({x == y, x === y, x != y, x !== y})
IO.inspect({x <= y, x >= y, x < y, x > y})
