# N-Queens: count solutions by backtracking on lists
defmodule Queens do
  def solve(n), do: place(n, 0, [])

  defp place(n, row, qs) when row == n, do: [qs]
  defp place(n, row, qs), do: try_cols(n, row, 0, qs)

  defp try_cols(n, _row, col, _qs) when col == n, do: []
  defp try_cols(n, row, col, qs) do
    here = if safe?(col, qs, 1), do: place(n, row + 1, [col | qs]), else: []
    here ++ try_cols(n, row, col + 1, qs)
  end

  defp safe?(_col, [], _d), do: true
  defp safe?(col, [q | rest], d) do
    col != q and abs(col - q) != d and safe?(col, rest, d + 1)
  end
end

IO.puts(length(Queens.solve(4)))
IO.inspect(Queens.solve(4))
IO.puts(length(Queens.solve(6)))
IO.puts(length(Queens.solve(8)))
IO.inspect(hd(Queens.solve(8)))
