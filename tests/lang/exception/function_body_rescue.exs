# implicit try in def bodies: def f do ... rescue ... catch ... after ... end
defmodule D do
  def safe_div(a, b) do
    {:ok, div(a, b)}
  rescue
    ArithmeticError -> {:error, :division_by_zero}
  end

  def guarded(f) do
    f.()
  catch
    :throw, v -> {:thrown, v}
  after
    IO.puts("guarded after")
  end

  def with_else(x) do
    x * 2
  rescue
    _ -> :error
  else
    v when v > 10 -> {:big, v}
    v -> {:small, v}
  end

  def parse(s) do
    String.to_integer(s)
  rescue
    e in ArgumentError -> {:bad, e.__struct__}
  end
end

IO.inspect(D.safe_div(10, 3))
IO.inspect(D.safe_div(1, 0))
IO.inspect(D.guarded(fn -> throw(:x) end))
IO.inspect(D.guarded(fn -> :normal end))
IO.inspect(D.with_else(3))
IO.inspect(D.with_else(30))
IO.inspect(D.with_else(:atom))
IO.inspect(D.parse("12"))
IO.inspect(D.parse("twelve"))
