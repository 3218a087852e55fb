# defaults injected by use GenServer: terminate/2 -> :ok, code_change/3 -> {:ok, state},
# child_spec/1 -> %{id: Mod, start: {Mod, :start_link, [arg]}}
defmodule Defaults do
  use GenServer
  def init(s), do: {:ok, s}
end

IO.inspect(Defaults.terminate(:normal, :state))
IO.inspect(Defaults.code_change(:old_vsn, %{a: 1}, :extra))
IO.inspect(Defaults.child_spec(:arg))
IO.inspect(Defaults.child_spec([1, 2]))
