# expect-exit: 1
# expect-stderr: defimpl is not supported by beamlet
defimpl String.Chars, for: Tuple do
  def to_string(t), do: inspect(t)
end
