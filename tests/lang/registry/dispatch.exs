defmodule Handler do
  def handle(entries, tag), do: IO.inspect({tag, Enum.map(entries, &elem(&1, 1))})
end

{:ok, _} = Registry.start_link(keys: :unique, name: U)
{:ok, _} = Registry.register(U, :topic, :unique_value)
IO.inspect(Registry.dispatch(U, :topic, fn entries -> IO.inspect(Enum.map(entries, &elem(&1, 1)), label: "fun") end))
IO.inspect(Registry.dispatch(U, :missing, fn _ -> IO.puts("never called") end))
IO.inspect(Registry.dispatch(U, :topic, {Handler, :handle, [:mfa]}))

{:ok, _} = Registry.start_link(keys: :duplicate, name: D)
me = self()

for n <- 1..3 do
  spawn(fn ->
    {:ok, _} = Registry.register(D, :topic, n)
    send(me, :ready)

    receive do
      {:broadcast, msg} -> send(me, {:got, n, msg})
    end
  end)

  receive do
    :ready -> :ok
  end
end

Registry.dispatch(D, :topic, fn entries ->
  for {pid, _} <- entries, do: send(pid, {:broadcast, :hello})
end)

got =
  for _ <- 1..3 do
    receive do
      {:got, n, msg} -> {n, msg}
    end
  end

IO.inspect(Enum.sort(got))
