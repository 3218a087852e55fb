# catch throw / exit / error with kind, reason
defmodule V do
  def v(x), do: x
end

defmodule C do
  def run(f) do
    try do
      f.()
    catch
      kind, reason -> {kind, reason}
    end
  end
end

IO.inspect(C.run(fn -> throw(:ball) end))
IO.inspect(C.run(fn -> throw({:data, [1, 2]}) end))
IO.inspect(C.run(fn -> exit(:shutdown) end))
IO.inspect(C.run(fn -> exit({:custom, 1}) end))
IO.inspect(C.run(fn -> :erlang.error(:badarg) end))
IO.inspect(C.run(fn -> :erlang.error({:my, :reason}) end))
IO.inspect(C.run(fn -> raise("msg") end))
IO.inspect(C.run(fn -> V.v(1) + V.v(nil) end))
IO.inspect(C.run(fn -> :value end))

r =
  try do
    throw(42)
  catch
    x -> {:caught_throw, x}
  end

IO.inspect(r)

r2 =
  try do
    exit(:bye)
  catch
    :exit, reason -> {:exit_caught, reason}
  end

IO.inspect(r2)

r3 =
  try do
    :erlang.error(:badarg)
  catch
    :error, :badarg -> :badarg_caught
  end

IO.inspect(r3)
