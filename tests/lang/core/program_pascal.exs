# Pascal's triangle rows built from the previous row
defmodule Pascal do
  def next_row(row), do: [1 | sums(row)]
  defp sums([a, b | rest]), do: [a + b | sums([b | rest])]
  defp sums([_]), do: [1]

  def rows(n), do: rows(n, [1])
  defp rows(0, _), do: :ok
  defp rows(n, row) do
    IO.inspect(row)
    rows(n - 1, next_row(row))
  end

  def row(0), do: [1]
  def row(n), do: next_row(row(n - 1))
end

Pascal.rows(8)
r = Pascal.row(30)
IO.puts(hd(tl(r)))
IO.puts(length(r))
IO.puts(elem({r}, 0) |> tl() |> tl() |> hd())
