# only the owner may await a task: anyone else gets an ArgumentError
t = Task.async(fn -> :result end)
parent = self()
spawn(fn ->
  r =
    try do
      Task.await(t, 100)
    rescue
      e -> e
    end
  send(parent, {:other, r})
end)
receive do
  {:other, %ArgumentError{} = e} ->
    msg = Exception.message(e)
    IO.inspect(String.starts_with?(msg, "task %Task{"))
    IO.inspect(String.contains?(msg, "must be queried from the owner but was queried from"))
end
IO.inspect(Task.await(t))
