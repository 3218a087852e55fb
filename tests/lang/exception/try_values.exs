# try as an expression; rescue value, variables from body not leaking
x =
  try do
    1 + 1
  rescue
    _ -> :nope
  end

IO.inspect(x)

y =
  try do
    raise("e")
  rescue
    RuntimeError -> :rescued_value
  end

IO.inspect(y)

values =
  Enum.map([1, 0, 2], fn d ->
    try do
      div(10, d)
    rescue
      ArithmeticError -> :inf
    end
  end)

IO.inspect(values)

z =
  try do
    throw(:ignored)
  catch
    :throw, :other -> :wrong
    :throw, :ignored -> :right
  end

IO.inspect(z)
