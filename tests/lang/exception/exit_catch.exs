# exit and throw values and their interaction with rescue
defmodule X do
  def run(f) do
    try do
      f.()
      :no_exception
    rescue
      e -> {:rescued, e.__struct__}
    catch
      :exit, r -> {:exit, r}
      :throw, t -> {:throw, t}
    end
  end
end

IO.inspect(X.run(fn -> exit(:normal) end))
IO.inspect(X.run(fn -> exit({:shutdown, :reason}) end))
IO.inspect(X.run(fn -> throw([1, 2]) end))
IO.inspect(X.run(fn -> raise("r") end))
IO.inspect(X.run(fn -> :erlang.error(:badarith) end))
IO.inspect(X.run(fn -> :ok end))
