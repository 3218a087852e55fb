# Process.get_keys/1: the keys holding a given value
defmodule DictKeysValue do
  def run do
    Process.put(:same, 5)
    Process.put(:same2, 5)
    Process.put(:other, 6)
    IO.inspect(Enum.sort(Process.get_keys(5)))
    IO.inspect(Process.get_keys(6))
    IO.inspect(Process.get_keys(:no_such_value))
  end
end

DictKeysValue.run()
