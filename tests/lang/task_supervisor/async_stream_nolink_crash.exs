# Task.Supervisor.async_stream_nolink: crashing items become {:exit, reason}; the caller lives on
Logger.configure(level: :none)

{:ok, sup} = Task.Supervisor.start_link()
s =
  Task.Supervisor.async_stream_nolink(sup, [1, 2, 3, 4], fn
    2 -> exit(:bad_item)
    4 -> raise ArgumentError, "four"
    x -> x * 10
  end)

results =
  Enum.map(s, fn
    {:exit, {%ArgumentError{} = e, _stack}} -> {:exit, e}
    other -> other
  end)

IO.inspect(results)
t =
  Task.Supervisor.async_stream_nolink(sup, [5, 300], fn d -> Process.sleep(d); d end,
    timeout: 50,
    on_timeout: :kill_task
  )
IO.inspect(Enum.to_list(t))
IO.puts("caller alive")
