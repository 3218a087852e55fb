# the start fun raising gives {:error, {exception, stack}}; exiting gives {:error, reason};
# an init slower than :timeout gives {:error, :timeout}
Logger.configure(level: :none)

{:error, {e, stack}} = Agent.start(fn -> raise "cannot init" end)
IO.inspect({e, is_list(stack)})
IO.inspect(Agent.start(fn -> exit(:no_state) end))
IO.inspect(Agent.start(fn -> Process.sleep(1000) end, timeout: 30))
Process.flag(:trap_exit, true)
{:error, {e2, _}} = Agent.start_link(fn -> raise ArgumentError, "linked" end)
IO.inspect(e2)
receive do
  {:EXIT, _, {e3, _}} -> IO.inspect(e3 == e2, label: "EXIT with same reason")
after
  500 -> IO.puts("no EXIT")
end
