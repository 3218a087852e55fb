# %Task{} has pid, ref, owner and mfa; the task is linked to and monitored by the owner
defmodule Main do
  def run do
    t = Task.async(fn -> receive do :go -> :went end end)
    IO.inspect(t.__struct__)
    IO.inspect(t |> Map.from_struct() |> Map.keys() |> Enum.sort())
    IO.inspect(is_pid(t.pid))
    IO.inspect(is_reference(t.ref))
    IO.inspect(t.owner == self())
    {:links, links} = Process.info(self(), :links)
    IO.inspect(t.pid in links)
    {:monitors, mons} = Process.info(self(), :monitors)
    IO.inspect({:process, t.pid} in mons)
    send(t.pid, :go)
    IO.inspect(Task.await(t))
    IO.inspect(Process.info(self(), :monitors))
  end
end

Main.run()
