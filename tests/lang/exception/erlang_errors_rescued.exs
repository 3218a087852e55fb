# :erlang.error terms rescued get normalized into Elixir exceptions
defmodule V do
  def v(x), do: x
end

for reason <- [:badarg, :badarith, {:badmatch, 3}, {:case_clause, :x}, {:badkey, :k}, {:badmap, 1}, :some_atom, {:some, :tuple}] do
  try do
    :erlang.error(V.v(reason))
  rescue
    e -> IO.puts("#{inspect(reason)} -> #{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end
