defmodule Task.Supervisor do
  @moduledoc """
  A supervisor for tasks started on demand: a `DynamicSupervisor` whose
  children are tasks, restarted never by default (`:temporary`).

  `async/3` links the task to the caller as `Task.async/1` does;
  `async_nolink/3` does not, so a crash reaches the caller only as the
  `:DOWN` message of the task's monitor (or `{:exit, reason}` from
  `Task.yield/2`).
  """

  @doc """
  Starts the supervisor.  Options: `:name`, `:max_children`,
  `:max_restarts`, `:max_seconds`.  Each task's `:restart` (default
  `:temporary`) and `:shutdown` (default 5000) are options of the function
  that starts it.
  """
  def start_link(options \\ []) do
    {sup_options, start_options} = Keyword.split(options, [:max_children, :max_seconds, :max_restarts])
    DynamicSupervisor.start_link(Task.Supervisor, sup_options, start_options)
  end

  @doc false
  def init(options), do: DynamicSupervisor.init([strategy: :one_for_one] ++ options)

  @doc "The child specification of a task supervisor."
  def child_spec(options) do
    id = Keyword.get(options, :name, Task.Supervisor)
    %{id: id, start: {Task.Supervisor, :start_link, [options]}, type: :supervisor}
  end

  @doc "Starts a task under `supervisor`, linked to and monitored by the caller; await it with `Task.await/2`."
  def async(supervisor, fun, options \\ []) when is_function(fun, 0),
    do: async(supervisor, :link, :erlang, :apply, [fun, []], options)

  @doc "`async/3` with `apply(module, function, args)`."
  def async(supervisor, module, function, args, options \\ []),
    do: async(supervisor, :link, module, function, args, options)

  @doc "Starts a task under `supervisor`, monitored but not linked to the caller."
  def async_nolink(supervisor, fun, options \\ []) when is_function(fun, 0),
    do: async(supervisor, :nolink, :erlang, :apply, [fun, []], options)

  @doc "`async_nolink/3` with `apply(module, function, args)`."
  def async_nolink(supervisor, module, function, args, options \\ []),
    do: async(supervisor, :nolink, module, function, args, options)

  defp async(supervisor, link, module, function, args, options) do
    owner = self()
    mfa = {module, function, args}

    case start(supervisor, [owner, mfa, :await], options) do
      {:ok, pid} ->
        if link == :link, do: Process.link(pid)
        ref = :erlang.monitor(:process, pid, [{:alias, :demonitor}])
        send(pid, {:"$task_start", ref})
        %Task{pid: pid, ref: ref, owner: owner, mfa: {module, function, length(args)}}

      {:error, :max_children} ->
        exit({:max_children, {Task.Supervisor, :async, [supervisor]}})

      other ->
        exit({other, {Task.Supervisor, :async, [supervisor]}})
    end
  end

  @doc """
  Starts a task under `supervisor` that nobody awaits: `{:ok, pid}` or
  `{:error, :max_children}`.  Options `:restart` and `:shutdown`.
  """
  def start_child(supervisor, fun, options \\ []) when is_function(fun, 0),
    do: start(supervisor, [self(), {:erlang, :apply, [fun, []]}, :run], options)

  @doc "`start_child/3` with `apply(module, function, args)`."
  def start_child(supervisor, module, function, args, options \\ []),
    do: start(supervisor, [self(), {module, function, args}, :run], options)

  defp start(supervisor, args, options) do
    restart = Keyword.get(options, :restart, :temporary)
    shutdown = Keyword.get(options, :shutdown, 5000)

    spec = %{
      id: Task,
      start: {Task.Supervisor, :__start_task__, args},
      restart: restart,
      shutdown: shutdown,
      type: :worker
    }

    DynamicSupervisor.start_child(supervisor, spec)
  end

  @doc false
  # Runs inside the supervisor: the task is linked to it.
  def __start_task__(owner, mfa, :await), do: {:ok, spawn_link(fn -> Task.__await_start__(owner, mfa) end)}
  def __start_task__(owner, mfa, :run), do: {:ok, spawn_link(fn -> Task.__run__(owner, mfa) end)}
  def __start_task__(_owner, run, :stream), do: {:ok, spawn_link(run)}

  @doc "The pids of the tasks running under `supervisor`."
  def children(supervisor) do
    for {_, pid, _, _} <- DynamicSupervisor.which_children(supervisor), is_pid(pid), do: pid
  end

  @doc "Stops the task `pid`: `:ok` or `{:error, :not_found}`."
  def terminate_child(supervisor, pid) when is_pid(pid), do: DynamicSupervisor.terminate_child(supervisor, pid)

  @doc "`Task.async_stream/3` with the tasks started under `supervisor` and linked to the caller."
  def async_stream(supervisor, enumerable, fun, options \\ []) when is_function(fun, 1),
    do: stream(supervisor, :link, enumerable, fun, options)

  @doc "`async_stream/4` applying `apply(module, function, [element | args])`."
  def async_stream(supervisor, enumerable, module, function, args, options \\ []),
    do: stream(supervisor, :link, enumerable, fn x -> apply(module, function, [x | args]) end, options)

  @doc "As `async_stream/4`, but the tasks are not linked to the caller: a crash is an `{:exit, reason}` item."
  def async_stream_nolink(supervisor, enumerable, fun, options \\ []) when is_function(fun, 1),
    do: stream(supervisor, :nolink, enumerable, fun, options)

  @doc "`async_stream_nolink/4` applying `apply(module, function, [element | args])`."
  def async_stream_nolink(supervisor, enumerable, module, function, args, options \\ []),
    do: stream(supervisor, :nolink, enumerable, fn x -> apply(module, function, [x | args]) end, options)

  defp stream(supervisor, link, enumerable, fun, options) do
    spawner = fn run ->
      case start(supervisor, [self(), run, :stream], options) do
        {:ok, pid} ->
          if link == :link, do: Process.link(pid)
          pid

        other ->
          exit({other, {Task.Supervisor, :async_stream, [supervisor]}})
      end
    end

    Task.Stream.build(enumerable, fun, link, [{:spawn, spawner} | options])
  end
end
