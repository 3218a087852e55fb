# The process dictionary: put/get/delete/get_keys
defmodule DictBasic do
  def run do
    parent = self()
    spawn(fn ->
      out = [
        Process.get(:k),
        Process.get(:k, :dflt),
        Process.put(:k, 1),
        Process.put(:k, 2),
        Process.get(:k),
        Process.put(:other, :x),
        Process.put({1, 2}, "tuple key"),
        Enum.sort(Process.get_keys()),
        Process.get({1, 2}),
        Process.delete(:k),
        Process.delete(:k),
        Process.get(:k, :gone),
        Enum.sort(Process.get_keys()),
        Enum.sort(Process.get())
      ]
      send(parent, {:out, out})
    end)
    receive do
      {:out, out} -> Enum.each(out, &IO.inspect/1)
    end
  end
end

DictBasic.run()
