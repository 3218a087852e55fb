# with chains: happy path and early exit with the non-matching value
defmodule W do
  def parse_int(s) do
    case Integer.parse(s) do
      {n, ""} -> {:ok, n}
      _ -> {:error, {:not_int, s}}
    end
  end

  def add(a, b) do
    with {:ok, x} <- parse_int(a),
         {:ok, y} <- parse_int(b) do
      {:ok, x + y}
    end
  end
end

IO.inspect(W.add("1", "2"))
IO.inspect(W.add("x", "2"))
IO.inspect(W.add("1", "2.5"))

r =
  with {:ok, a} <- {:ok, 1},
       b = a + 1,
       {:ok, c} <- {:ok, b * 10} do
    {a, b, c}
  end

IO.inspect(r)

IO.inspect(with :nomatch <- :value, do: :never)
IO.inspect(with x <- 5, do: x * 2)
IO.inspect(with {:ok, v} <- %{a: 1} |> Map.fetch(:a), do: v)
IO.inspect(with {:ok, v} <- %{a: 1} |> Map.fetch(:b), do: v)
