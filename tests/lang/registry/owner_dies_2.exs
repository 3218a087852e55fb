# entries vanish when the owner dies; the key can then be registered by someone else
defmodule Main do
  def run do
    {:ok, _} = Registry.start_link(keys: :unique, name: Reg)
    parent = self()
    {pid, ref} =
      spawn_monitor(fn ->
        {:ok, _} = Registry.register(Reg, :job, :first_owner)
        send(parent, :registered)
        receive do
          :die -> exit(:done)
        end
      end)
    receive do :registered -> :ok end
    [{owner, v}] = Registry.lookup(Reg, :job)
    IO.inspect({owner == pid, v})
    send(pid, :die)
    receive do
      {:DOWN, ^ref, :process, _, r} -> IO.inspect(r, label: "owner exit")
    end
    IO.inspect(Registry.lookup(Reg, :job))
    IO.inspect(Registry.register(Reg, :job, :second_owner) |> elem(0))
    IO.inspect(Registry.lookup(Reg, :job) == [{self(), :second_owner}])
  end
end

Main.run()
