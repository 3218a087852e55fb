defmodule Plain do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
end

defmodule NoChildSpec do
  def start_link(_), do: :ignore
end

attempt = fn label, fun ->
  try do
    fun.()
    IO.puts(label <> ": no error")
  rescue
    e in ArgumentError -> IO.puts(label <> ": " <> e.message)
  end
end

attempt.("unknown key", fn -> Supervisor.child_spec(Plain, foo: 1) end)
attempt.("significant", fn -> Supervisor.child_spec(Plain, significant: true) end)
attempt.("old tuple", fn -> Supervisor.child_spec({:id, {Plain, :start_link, [1]}, :permanent, 5000, :worker, [Plain]}, []) end)
attempt.("integer child", fn -> Supervisor.child_spec(42, []) end)
attempt.("three tuple", fn -> Supervisor.child_spec({Plain, 1, 2}, []) end)
attempt.("no child_spec", fn -> Supervisor.child_spec(NoChildSpec, []) end)
attempt.("no module", fn -> Supervisor.child_spec({DoesNotExist, 1}, []) end)
attempt.("start_link bad child", fn -> Supervisor.start_link(["string"], strategy: :one_for_one) end)
attempt.("init no child_spec", fn -> Supervisor.init([NoChildSpec], strategy: :one_for_one) end)
