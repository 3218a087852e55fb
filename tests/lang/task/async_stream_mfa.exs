# Task.async_stream(enum, m, f, a) calls apply(m, f, [item | a])
defmodule Scale do
  def by(x, factor), do: x * factor
  def tag(x, a, b), do: {a, x, b}
end

IO.inspect(Task.async_stream(1..4, Scale, :by, [10]) |> Enum.to_list())
IO.inspect(Task.async_stream([:x], Scale, :tag, [:left, :right]) |> Enum.to_list())
IO.inspect(Task.async_stream(1..3, Integer, :to_string, [2], ordered: true) |> Enum.to_list())
