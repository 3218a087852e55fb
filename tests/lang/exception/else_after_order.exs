# try/else/after ordering
defmodule T do
  def run(x) do
    try do
      IO.puts("body #{inspect(x)}")
      if x == :raise, do: raise("err"), else: x
    rescue
      e -> IO.puts("rescue #{e.message}")
        :rescued
    else
      :ok -> IO.puts("else ok")
        :from_else_ok
      other -> IO.puts("else other #{inspect(other)}")
        {:from_else, other}
    after
      IO.puts("after #{inspect(x)}")
    end
  end
end

IO.inspect(T.run(:ok))
IO.inspect(T.run(:raise))
IO.inspect(T.run(5))

res =
  try do
    :body_value
  after
    IO.puts("after runs, value discarded")
    :after_value
  end

IO.inspect(res)

try do
  try do
    throw(:inner)
  after
    IO.puts("inner after")
  end
catch
  :inner -> IO.puts("outer catch")
end
