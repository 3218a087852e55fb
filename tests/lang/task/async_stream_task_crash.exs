# a task in async_stream is linked to the caller: a crash takes a non-trapping caller down
Logger.configure(level: :none)

defmodule Main do
  def run do
    {pid, ref} =
      spawn_monitor(fn ->
        Task.async_stream([1, 2, 3], fn
          2 -> exit(:item_failed)
          x -> x
        end)
        |> Enum.to_list()
      end)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> IO.inspect(reason, label: "caller exit")
    end
  end
end

Main.run()
