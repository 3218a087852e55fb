# tasks are linked to their owner: an abnormal owner exit kills the task,
# while a :normal owner exit leaves it running
Logger.configure(level: :none)

defmodule Main do
  def spawn_owner(reason) do
    me = self()
    spawn(fn ->
      t = Task.async(fn -> receive do :finish -> send(me, :task_finished) end end)
      send(me, {:task, t.pid})
      receive do
        :exit -> exit(reason)
      end
    end)
  end

  def run do
    for reason <- [:crashed, :normal] do
      owner = spawn_owner(reason)
      task = receive do {:task, p} -> p end
      ref = Process.monitor(task)
      send(owner, :exit)
      receive do
        {:DOWN, ^ref, :process, _, r} -> IO.inspect({reason, :task_exit, r})
      after
        50 ->
          IO.inspect({reason, :task_alive, Process.alive?(task)})
          send(task, :finish)
          receive do
            :task_finished -> IO.puts("task finished on its own")
          end
      end
    end
  end
end

Main.run()
