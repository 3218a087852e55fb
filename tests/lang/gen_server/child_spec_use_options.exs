# options given to use GenServer are merged into the generated child_spec/1
defmodule Transient do
  use GenServer, restart: :transient
  def init(s), do: {:ok, s}
end

defmodule Custom do
  use GenServer, id: :custom_id, restart: :temporary, shutdown: 10_000, type: :worker
  def init(s), do: {:ok, s}
end

defmodule Overridden do
  use GenServer

  def child_spec(arg), do: %{id: {:over, arg}, start: {__MODULE__, :start_link, [arg, :extra]}}

  def init(s), do: {:ok, s}
end

IO.inspect(Transient.child_spec(1))
IO.inspect(Custom.child_spec(:x))
IO.inspect(Overridden.child_spec(3))
IO.inspect(Supervisor.child_spec({Transient, 5}, id: :t5))
IO.inspect(Supervisor.child_spec(Custom, restart: :permanent))
