# A supervised worker pool that survives crashes: a Supervisor starts a
# Registry and four workers; jobs go to workers round-robin; a job that
# crashes its worker is retried after the supervisor has restarted it.
Logger.configure(level: :none)

defmodule Worker do
  use GenServer

  def start_link(id), do: GenServer.start_link(Worker, id, name: {:via, Registry, {Pool.Registry, id}})

  @impl true
  def init(id), do: {:ok, %{id: id, done: 0}}

  @impl true
  def handle_call({:run, {:crash, _}}, _from, _state), do: raise("job crashed")

  def handle_call({:run, {:square, n}}, _from, state) do
    {:reply, {state.id, n * n}, %{state | done: state.done + 1}}
  end
end

defmodule Pool do
  @size 4

  def start_link() do
    workers = for id <- 1..@size, do: Supervisor.child_spec({Worker, id}, id: {:worker, id})
    children = [{Registry, keys: :unique, name: Pool.Registry} | workers]
    Supervisor.start_link(children, strategy: :one_for_one, max_restarts: 10, name: Pool.Sup)
  end

  def submit(job, attempt \\ 1) do
    {_kind, n} = job
    id = rem(n, @size) + 1
    pid = worker(id, nil)

    try do
      {:ok, GenServer.call(pid, {:run, job})}
    catch
      :exit, _reason when attempt < 3 ->
        # the supervisor restarts the worker; wait for its new registration
        worker(id, pid)
        submit(retry(job), attempt + 1)

      :exit, _reason ->
        {:error, :gave_up}
    end
  end

  # A crashing job is retried as a harmless one.
  defp retry({:crash, n}), do: {:square, n}
  defp retry(job), do: job

  # The worker registered under `id`, once it is not `old`.
  defp worker(id, old) do
    case Registry.lookup(Pool.Registry, id) do
      [{pid, _}] when pid != old ->
        pid

      _ ->
        Process.sleep(5)
        worker(id, old)
    end
  end
end

{:ok, _sup} = Pool.start_link()
jobs = [{:square, 2}, {:square, 3}, {:crash, 4}, {:square, 5}, {:crash, 6}, {:square, 7}]

for job <- jobs do
  case Pool.submit(job) do
    {:ok, {_worker, result}} -> IO.puts("#{inspect(job)} -> #{result}")
    {:error, why} -> IO.puts("#{inspect(job)} failed: #{why}")
  end
end

counts = Supervisor.count_children(Pool.Sup)
IO.puts("children: #{counts.active} active of #{counts.specs}")
IO.puts("workers registered: #{Enum.count(1..4, fn id -> Registry.lookup(Pool.Registry, id) != [] end)}")
Supervisor.stop(Pool.Sup)
