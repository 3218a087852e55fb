# a crashing task kills a non-trapping owner through the link before await can exit
Logger.configure(level: :none)

defmodule Main do
  def run do
    parent = self()
    {pid, ref} =
      spawn_monitor(fn ->
        t = Task.async(fn -> exit(:task_crashed) end)
        result =
          try do
            Task.await(t)
          catch
            :exit, r -> {:caught, r}
          end
        send(parent, {:await_returned, result})
      end)

    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "owner died")
    end
    receive do
      {:await_returned, r} -> IO.inspect(r)
    after
      0 -> IO.puts("await never returned")
    end
  end
end

Main.run()
