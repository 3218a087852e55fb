# nested try: inner handles some, outer handles the rest
defmodule N do
  def run(kind) do
    try do
      try do
        case kind do
          :arg -> raise(ArgumentError, "inner arg")
          :rt -> raise("inner runtime")
          :throw -> throw(:thrown)
          :ok -> :fine
        end
      rescue
        e in ArgumentError -> {:inner_rescued, e.message}
      after
        IO.puts("inner after (#{kind})")
      end
    rescue
      e -> {:outer_rescued, e.message}
    catch
      :throw, v -> {:outer_caught, v}
    after
      IO.puts("outer after (#{kind})")
    end
  end
end

for k <- [:arg, :rt, :throw, :ok] do
  IO.inspect(N.run(k))
end

result =
  try do
    try do
      raise("first")
    rescue
      _ -> raise("second from rescue")
    end
  rescue
    e -> e.message
  end

IO.inspect(result)
