# on_timeout: :kill_task turns a slow item into {:exit, :timeout} and the stream continues
s =
  Task.async_stream([10, 300, 5, 400], fn d -> Process.sleep(d); {:slept, d} end,
    timeout: 60,
    on_timeout: :kill_task
  )
IO.inspect(Enum.to_list(s))
IO.inspect(Process.info(self(), :messages))
