# name: nil means no registration
defmodule Anon do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end

before = Process.registered() |> length()
{:ok, pid} = GenServer.start_link(Anon, :anon, name: nil)
IO.inspect(Process.info(pid, :registered_name))
IO.inspect(length(Process.registered()) == before)
IO.inspect(GenServer.call(pid, :get))
{:ok, pid2} = GenServer.start_link(Anon, :anon2, name: nil)
IO.inspect(pid2 != pid)
IO.inspect(GenServer.call(pid2, :get))
