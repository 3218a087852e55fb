# Registration errors raise ArgumentError
defmodule RegErr do
  def attempt(label, f) do
    try do
      IO.inspect({label, :ok, f.()})
    rescue
      e -> IO.inspect({label, :error, e.__struct__})
    end
  end

  def run do
    a = spawn(fn -> receive do :never -> :ok end end)
    b = spawn(fn -> receive do :never -> :ok end end)
    {dead, ref} = spawn_monitor(fn -> :ok end)
    receive do
      {:DOWN, ^ref, :process, ^dead, _} -> :ok
    end
    attempt(:first, fn -> Process.register(a, :taken) end)
    attempt(:name_taken, fn -> Process.register(b, :taken) end)
    attempt(:already_named, fn -> Process.register(a, :second_name) end)
    attempt(:dead_pid, fn -> Process.register(dead, :dead_name) end)
    attempt(:unregister_unknown, fn -> Process.unregister(:not_registered_at_all) end)
    attempt(:unregister_taken, fn -> Process.unregister(:taken) end)
    attempt(:unregister_again, fn -> Process.unregister(:taken) end)
    attempt(:reuse, fn -> Process.register(b, :taken) end)
    IO.inspect(Process.whereis(:taken) == b)
    IO.inspect(Process.whereis(:dead_name))
  end
end

RegErr.run()
