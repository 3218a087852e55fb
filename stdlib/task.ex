defmodule Task do
  @moduledoc """
  Run a function in a process of its own and collect its result.

  `async/1` starts a task linked to and monitored by the caller (its
  owner); `await/2` waits for the result.  A crash in the task reaches the
  owner through the link.  The task answers through an alias of the
  owner's monitor, so once the owner stops waiting (`await` timing out,
  `shutdown/2`, `ignore/1`) the answer is dropped rather than left in its
  mailbox.

  `async_stream/3` maps a function over an enumerable with a bounded
  number of tasks running at once, lazily.
  """

  defstruct pid: nil, ref: nil, owner: nil, mfa: nil

  @doc "The child specification of a task: restart `:temporary`."
  def child_spec(arg), do: %{id: Task, start: {Task, :start_link, [arg]}, restart: :temporary}

  @doc "Starts a task linked to the caller, for use under a supervisor: `{:ok, pid}`."
  def start_link(fun) when is_function(fun, 0), do: start_link(:erlang, :apply, [fun, []])

  def start_link(module, function, args) when is_atom(module) and is_atom(function) and is_list(args) do
    owner = self()
    {:ok, spawn_link(fn -> __run__(owner, {module, function, args}) end)}
  end

  @doc "Starts a task without a link: `{:ok, pid}`."
  def start(fun) when is_function(fun, 0), do: start(:erlang, :apply, [fun, []])

  def start(module, function, args) when is_atom(module) and is_atom(function) and is_list(args) do
    owner = self()
    {:ok, spawn(fn -> __run__(owner, {module, function, args}) end)}
  end

  @doc "Starts a linked, monitored task running `fun`; await it with `await/2`."
  def async(fun) when is_function(fun, 0), do: async(:erlang, :apply, [fun, []])

  @doc "Starts a task running `apply(module, function, args)`."
  def async(module, function, args) when is_atom(module) and is_atom(function) and is_list(args) do
    owner = self()
    mfa = {module, function, args}
    pid = spawn_link(fn -> __await_start__(owner, mfa) end)
    ref = :erlang.monitor(:process, pid, [{:alias, :demonitor}])
    send(pid, {:"$task_start", ref})
    %Task{pid: pid, ref: ref, owner: owner, mfa: shape(mfa)}
  end

  @doc false
  def __await_start__(owner, mfa) do
    receive do
      {:"$task_start", ref} ->
        result = __run__(owner, mfa)
        send(ref, {ref, result})
    end
  end

  # {m, f, arity} as Task reports it: async(fun) is {:erlang, :apply, 2}.
  defp shape({module, function, args}), do: {module, function, length(args)}

  @doc false
  # Runs the task's function; a failure is reported and becomes the
  # process's exit reason, as for any crashed process.
  def __run__(owner, {module, function, args} = mfa) do
    try do
      apply(module, function, args)
    catch
      :exit, reason ->
        unless reason in [:normal, :shutdown] or match?({:shutdown, _}, reason) do
          report(owner, mfa, "** (exit) " <> inspect(reason))
        end

        exit(reason)

      :throw, value ->
        stacktrace = __STACKTRACE__
        report(owner, mfa, String.trim_trailing(Exception.format(:throw, value, stacktrace)))
        exit({{:nocatch, value}, stacktrace})

      :error, reason ->
        stacktrace = __STACKTRACE__
        report(owner, mfa, String.trim_trailing(Exception.format(:error, reason, stacktrace)))
        exit({reason, stacktrace})
    end
  end

  defp report(owner, {module, function, args}, text) do
    {what, args} =
      case {module, function, args} do
        {:erlang, :apply, [fun, args]} -> {"Function: " <> inspect(fun), args}
        _ -> {"Function: &" <> inspect(module) <> "." <> Atom.to_string(function) <> "/" <> Integer.to_string(length(args)), args}
      end

    Logger.error(
      "Task " <> inspect(self()) <> " started from " <> inspect(owner) <> " terminating\n" <> text <> "\n" <>
        what <> "\n    Args: " <> inspect(args)
    )
  end

  @doc "A task that has already finished with `result`."
  def completed(result) do
    ref = make_ref()
    send(self(), {ref, result})
    %Task{pid: nil, ref: ref, owner: self(), mfa: {Task, :completed, 1}}
  end

  @doc """
  Waits up to `timeout` ms (or `:infinity`) for the task's result.  Only
  the owner may await.  Exits with `{:timeout, {Task, :await, [task,
  timeout]}}` when time runs out, or `{reason, {Task, :await, [task,
  timeout]}}` when the task died.
  """
  def await(%Task{ref: ref} = task, timeout \\ 5000) do
    check_owner(task)

    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, reason} ->
        exit({reason, {Task, :await, [task, timeout]}})
    after
      timeout ->
        Process.demonitor(ref, [:flush])
        exit({:timeout, {Task, :await, [task, timeout]}})
    end
  end

  @doc """
  Awaits several tasks within one `timeout`; the results come in the order
  of `tasks`.  Exits like `await/2` (with `:await_many`) on a timeout or a
  task's death.
  """
  def await_many(tasks, timeout \\ 5000) when is_list(tasks) do
    Enum.each(tasks, &check_owner/1)
    refs = Map.new(tasks, fn %Task{ref: ref} -> {ref, true} end)
    deadline = deadline(timeout)
    replies = await_many(tasks, timeout, refs, %{}, deadline)
    Enum.map(tasks, fn %Task{ref: ref} -> Map.fetch!(replies, ref) end)
  end

  defp await_many(tasks, timeout, awaiting, replies, deadline) do
    if map_size(awaiting) == 0 do
      replies
    else
      receive do
        {:DOWN, ref, _, _, reason} when is_map_key(awaiting, ref) ->
          Enum.each(Map.keys(awaiting), &Process.demonitor(&1, [:flush]))
          exit({reason, {Task, :await_many, [tasks, timeout]}})

        {ref, reply} when is_map_key(awaiting, ref) ->
          Process.demonitor(ref, [:flush])
          await_many(tasks, timeout, Map.delete(awaiting, ref), Map.put(replies, ref, reply), deadline)
      after
        remaining(deadline) ->
          Enum.each(Map.keys(awaiting), &Process.demonitor(&1, [:flush]))
          exit({:timeout, {Task, :await_many, [tasks, timeout]}})
      end
    end
  end

  defp deadline(:infinity), do: :infinity
  defp deadline(timeout), do: System.monotonic_time(:millisecond) + timeout

  defp remaining(:infinity), do: :infinity
  defp remaining(deadline), do: max(deadline - System.monotonic_time(:millisecond), 0)

  @doc """
  Waits up to `timeout` ms for the task: `{:ok, result}`, `{:exit,
  reason}` if it died, or nil if it is still running (the monitor is kept,
  so it can be awaited or yielded again).
  """
  def yield(%Task{ref: ref} = task, timeout \\ 5000) do
    check_owner(task)

    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        {:ok, reply}

      {:DOWN, ^ref, _, _, reason} ->
        {:exit, reason}
    after
      timeout -> nil
    end
  end

  @doc """
  Yields several tasks within one `timeout`: a list of `{task, result}`
  in the order of `tasks`, where result is as for `yield/2`.
  """
  def yield_many(tasks, timeout \\ 5000) when is_list(tasks) do
    Enum.each(tasks, &check_owner/1)
    deadline = deadline(timeout)

    Enum.map(tasks, fn %Task{ref: ref} = task ->
      receive do
        {^ref, reply} ->
          Process.demonitor(ref, [:flush])
          {task, {:ok, reply}}

        {:DOWN, ^ref, _, _, reason} ->
          {task, {:exit, reason}}
      after
        remaining(deadline) -> {task, nil}
      end
    end)
  end

  @doc """
  Stops caring about the task: unlinks and demonitors it, leaving it to
  run.  Returns `{:ok, result}` or `{:exit, reason}` if it had already
  finished, else nil.
  """
  def ignore(%Task{ref: ref, pid: pid} = task) do
    check_owner(task)

    receive do
      {^ref, reply} ->
        unlink(pid)
        Process.demonitor(ref, [:flush])
        {:ok, reply}

      {:DOWN, ^ref, _, _, reason} ->
        {:exit, reason}
    after
      0 ->
        unlink(pid)
        Process.demonitor(ref, [:flush])
        nil
    end
  end

  @doc """
  Stops the task: sends it an exit signal `:shutdown` and waits up to
  `timeout` ms before killing it (`:brutal_kill` kills at once).  Returns
  `{:ok, result}` if the result had arrived, `{:exit, reason}` if the task
  had died of something else, or nil.
  """
  def shutdown(task, timeout \\ 5000)

  def shutdown(%Task{pid: nil} = task, _timeout) do
    check_owner(task)
    flush_reply(task.ref)
  end

  def shutdown(%Task{pid: pid} = task, :brutal_kill) do
    check_owner(task)
    monitor = Process.monitor(pid)
    Process.unlink(pid)
    Process.exit(pid, :kill)
    shutdown_receive(task, monitor, :brutal_kill, :infinity)
  end

  def shutdown(%Task{pid: pid} = task, timeout) do
    check_owner(task)
    monitor = Process.monitor(pid)
    Process.unlink(pid)
    Process.exit(pid, :shutdown)
    shutdown_receive(task, monitor, :shutdown, timeout)
  end

  # Waits for the :DOWN of the monitor made for the shutdown.  If the task
  # was already dead (:noproc), its own monitor's :DOWN says how it ended.
  defp shutdown_receive(%Task{ref: ref, pid: pid} = task, monitor, type, timeout) do
    receive do
      {:DOWN, ^monitor, _, _, :noproc} ->
        reason =
          receive do
            {:DOWN, ^ref, _, _, reason} -> if expected_end?(reason, type), do: nil, else: {:exit, reason}
          after
            0 ->
              Process.demonitor(ref, [:flush])
              {:exit, :noproc}
          end

        flush_reply(ref) || reason

      {:DOWN, ^monitor, _, _, reason} ->
        Process.demonitor(ref, [:flush])

        case flush_reply(ref) do
          nil -> if expected_end?(reason, type), do: nil, else: {:exit, reason}
          reply -> reply
        end
    after
      timeout ->
        Process.exit(pid, :kill)
        shutdown_receive(task, monitor, :timeout_kill, :infinity)
    end
  end

  defp expected_end?(:shutdown, type), do: type in [:shutdown, :timeout_kill]
  defp expected_end?(:killed, type), do: type == :brutal_kill
  defp expected_end?(_, _), do: false

  defp flush_reply(ref) do
    receive do
      {^ref, reply} -> {:ok, reply}
    after
      0 -> nil
    end
  end

  # Unlinks, and drops the EXIT the link may already have delivered.
  defp unlink(pid) do
    Process.unlink(pid)

    receive do
      {:EXIT, ^pid, _} -> :ok
    after
      0 -> :ok
    end
  end

  defp check_owner(%Task{owner: owner} = task) do
    if owner != self() do
      raise ArgumentError,
            "task " <> inspect(task) <> " must be queried from the owner but was queried from " <> inspect(self())
    end
  end

  @doc """
  A stream that runs `fun` on each element of `enumerable` in tasks linked
  to the caller, at most `max_concurrency` at once (default
  `System.schedulers_online/0`), emitting `{:ok, result}` (or `{:exit,
  reason}` for a task that died or, with `on_timeout: :kill_task`, timed
  out).  Options: `ordered:` (true: results in input order),
  `timeout:` per task (5000), `on_timeout:` `:exit` (the caller exits) or
  `:kill_task`, `zip_input_on_exit:` (exits carry `{input, reason}`).
  Stopping early kills the tasks still running.
  """
  def async_stream(enumerable, fun, options \\ []) when is_function(fun, 1),
    do: Task.Stream.build(enumerable, fun, :link, options)

  @doc "`async_stream/3` applying `apply(module, function, [element | args])`."
  def async_stream(enumerable, module, function, args, options \\ [])
      when is_atom(module) and is_atom(function) and is_list(args),
      do: Task.Stream.build(enumerable, fn x -> apply(module, function, [x | args]) end, :link, options)
end

defmodule Task.Stream do
  @moduledoc false
  # The engine of Task.async_stream: a stream (a reduce function) that
  # pulls input elements one at a time, keeps up to max_concurrency tasks
  # running and emits their results.
  #
  # running maps a task's pid to {index, monitor, input, deadline}; a task
  # sends {:"$task_stream", pid, value}.

  def build(enumerable, fun, link, options) do
    max = Keyword.get(options, :max_concurrency, System.schedulers_online())
    ordered = Keyword.get(options, :ordered, true)
    timeout = Keyword.get(options, :timeout, 5000)
    on_timeout = Keyword.get(options, :on_timeout, :exit)
    zip = Keyword.get(options, :zip_input_on_exit, false)
    spawner = Keyword.get(options, :spawn, nil)

    fn acc, downstream ->
      unless is_integer(max) and max > 0 do
        raise ArgumentError, ":max_concurrency must be an integer greater than zero"
      end

      pull = &Enumerable.reduce(enumerable, &1, fn x, _ -> {:suspend, x} end)

      config = %{
        fun: fun,
        link: link,
        max: max,
        ordered: ordered,
        timeout: timeout,
        on_timeout: on_timeout,
        zip: zip,
        spawner: spawner
      }

      state = %{input: pull, next: 0, emit: 0, running: %{}, done: %{}, queue: []}
      step(state, config, acc, downstream)
    end
  end

  defp step(state, _config, {:halt, acc}, _downstream) do
    stop(state)
    {:halted, acc}
  end

  defp step(state, config, {:suspend, acc}, downstream) do
    {:suspended, acc, &step(state, config, &1, downstream)}
  end

  defp step(state, config, {:cont, acc}, downstream) do
    state = fill(state, config)

    case ready(state, config) do
      {:ok, value, state} ->
        step(state, config, downstream.(value, acc), downstream)

      :none ->
        if map_size(state.running) == 0 and state.input == :done do
          {:done, acc}
        else
          step(wait(state, config), config, {:cont, acc}, downstream)
        end
    end
  end

  # Starts tasks while there is input and room.
  defp fill(%{input: :done} = state, _config), do: state

  defp fill(state, config) do
    if map_size(state.running) >= config.max do
      state
    else
      case state.input.({:cont, nil}) do
        {:suspended, x, continuation} ->
          state = start(%{state | input: continuation}, config, x)
          fill(state, config)

        _ ->
          %{state | input: :done}
      end
    end
  end

  defp start(state, config, x) do
    owner = self()
    fun = config.fun
    go = make_ref()

    # The task waits until it is monitored (and linked, under a
    # supervisor): a task that ends before would report :noproc.
    run = fn ->
      receive do
        ^go -> send(owner, {:"$task_stream", self(), Task.__run__(owner, {:erlang, :apply, [fun, [x]]})})
      end
    end

    pid =
      case config.spawner do
        nil when config.link == :link -> spawn_link(run)
        nil -> spawn(run)
        spawner -> spawner.(run)
      end

    monitor = Process.monitor(pid)
    send(pid, go)

    deadline =
      if config.timeout == :infinity, do: :infinity, else: System.monotonic_time(:millisecond) + config.timeout

    running = Map.put(state.running, pid, {state.next, monitor, x, deadline})
    %{state | running: running, next: state.next + 1}
  end

  # A result that may go downstream now.
  defp ready(state, config) do
    if config.ordered do
      case Map.fetch(state.done, state.emit) do
        {:ok, value} -> {:ok, value, %{state | done: Map.delete(state.done, state.emit), emit: state.emit + 1}}
        :error -> :none
      end
    else
      case state.queue do
        [] -> :none
        [value | rest] -> {:ok, value, %{state | queue: rest}}
      end
    end
  end


  # Waits for a result, a task's end or the earliest deadline.  A task is
  # done at its result (it is unlinked and demonitored before it exits) or
  # at its :DOWN if it died without one.
  defp wait(state, config) do
    running = state.running

    receive do
      {:"$task_stream", pid, value} when is_map_key(running, pid) ->
        {index, monitor, _, _} = :erlang.map_get(pid, running)
        Process.demonitor(monitor, [:flush])
        drop_exit(pid)
        complete(%{state | running: Map.delete(running, pid)}, config, index, {:ok, value})

      {:DOWN, monitor, _, pid, reason}
      when is_map_key(running, pid) and elem(:erlang.map_get(pid, running), 1) == monitor ->
        {index, _, x, _} = :erlang.map_get(pid, running)
        drop_exit(pid)
        value = {:exit, if(config.zip, do: {x, reason}, else: reason)}
        complete(%{state | running: Map.delete(running, pid)}, config, index, value)
    after
      timeout_left(running) -> timed_out(state, config)
    end
  end

  defp complete(state, config, index, value) do
    if config.ordered do
      %{state | done: Map.put(state.done, index, value)}
    else
      %{state | queue: state.queue ++ [value]}
    end
  end

  defp timeout_left(running) do
    deadlines = for {_, {_, _, _, deadline}} <- running, deadline != :infinity, do: deadline

    case deadlines do
      [] -> :infinity
      _ -> max(Enum.min(deadlines) - System.monotonic_time(:millisecond), 0)
    end
  end

  defp timed_out(state, config) do
    now = System.monotonic_time(:millisecond)

    expired =
      for {pid, {index, monitor, x, deadline}} <- state.running, deadline != :infinity, deadline <= now,
          do: {pid, index, monitor, x}

    case config.on_timeout do
      :exit ->
        stop(state)
        exit({:timeout, {Task.Supervised, :stream, [config.timeout]}})

      :kill_task ->
        Enum.reduce(Enum.sort_by(expired, fn {_, index, _, _} -> index end), state, fn {pid, index, monitor, x}, state ->
          kill(pid, monitor)
          state = %{state | running: Map.delete(state.running, pid)}
          complete(state, config, index, {:exit, if(config.zip, do: {x, :timeout}, else: :timeout)})
        end)
    end
  end

  # Kills every task still running and leaves no message behind.
  defp stop(state) do
    Enum.each(state.running, fn {pid, {_, monitor, _, _}} -> kill(pid, monitor) end)
  end

  defp kill(pid, monitor) do
    Process.unlink(pid)
    Process.exit(pid, :kill)
    Process.demonitor(monitor, [:flush])
    drop_exit(pid)

    receive do
      {:"$task_stream", ^pid, _} -> :ok
    after
      0 -> :ok
    end
  end
  defp drop_exit(pid) do
    Process.unlink(pid)

    receive do
      {:EXIT, ^pid, _} -> :ok
    after
      0 -> :ok
    end
  end
end
