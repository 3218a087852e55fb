# Process.info(pid, :dictionary) of self and of another process
defmodule InfoDict do
  def run do
    parent = self()
    pid = spawn(fn ->
      Process.put(:a, 1)
      Process.put({:tuple, :key}, [1, 2])
      Process.put("str", %{x: 1})
      send(parent, :filled)
      receive do
        :stop -> :ok
      end
    end)
    receive do
      :filled -> :ok
    end
    {:dictionary, d} = Process.info(pid, :dictionary)
    IO.inspect(Enum.sort(d))
    fresh = spawn(fn -> receive do :stop -> :ok end end)
    IO.inspect(Process.info(fresh, :dictionary))
    Process.put(:mine, :value)
    {:dictionary, md} = Process.info(self(), :dictionary)
    IO.inspect(List.keyfind(md, :mine, 0))
    send(pid, :stop)
    send(fresh, :stop)
  end
end

InfoDict.run()
