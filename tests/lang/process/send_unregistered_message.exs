# The message of the ArgumentError raised by send to an unregistered name
defmodule SendUnreg do
  def target, do: :no_such_process_here

  def run do
    try do
      send(target(), :hello)
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end

SendUnreg.run()
