defmodule DynamicSupervisor do
  @moduledoc """
  A supervisor that starts with no children and gets them one at a time
  through `start_child/2`, all under the `:one_for_one` strategy.

  Children are child specifications as for `Supervisor` (a module,
  `{module, arg}` or a map); their `:id` is required but not used, so many
  children may share it.  They are known by their pid: `which_children/1`
  gives `:undefined` as every id.  Restart types and restart intensity
  work as in `Supervisor`: more than `:max_restarts` restarts within
  `:max_seconds` seconds stop every child and exit the supervisor with
  `:shutdown`.

  When the supervisor stops, every child gets its exit signal at once
  (`:shutdown`, or `:kill` for `:brutal_kill`), and the ones still alive
  after their `:shutdown` milliseconds are killed.

  The process is a `GenServer` whose callbacks are in this module: its
  state is a map with the options and `children`, from each child's pid to
  `{{m, f, args}, restart, shutdown, type, modules}` (or `{:restarting,
  child}` after a failed restart, retried through a message to itself).
  """

  @doc """
  The child specification that starts a dynamic supervisor with
  `options` under another supervisor; its id is the `:name` option (or
  `DynamicSupervisor`).
  """
  def child_spec(options) when is_list(options) do
    id =
      case Keyword.get(options, :name, DynamicSupervisor) do
        name when is_atom(name) -> name
        {:global, name} -> name
        {:via, _module, name} -> name
      end

    %{id: id, start: {DynamicSupervisor, :start_link, [options]}, type: :supervisor}
  end

  @doc """
  Starts a dynamic supervisor linked to the caller.

  Options: `:name`, `:strategy` (only `:one_for_one`), `:max_restarts`
  (default 3), `:max_seconds` (default 5), `:max_children` (default
  `:infinity`) and `:extra_arguments` (prepended to the arguments of every
  child's start function; default `[]`).
  """
  def start_link(options) when is_list(options) do
    keys = [:extra_arguments, :max_children, :max_seconds, :max_restarts, :strategy]
    {sup_options, start_options} = Keyword.split(options, keys)
    start_link(Supervisor.Default, init(sup_options), start_options)
  end

  @doc """
  Starts a dynamic supervisor whose `module.init(init_arg)` returns its
  options, through `init/1`, or `:ignore`.  `options` are those of
  `GenServer.start_link/3`.
  """
  def start_link(module, init_arg, options \\ []) do
    GenServer.start_link(__MODULE__, {module, init_arg, Keyword.get(options, :name)}, options)
  end

  @doc """
  Starts a child: `{:ok, pid}`, `{:ok, pid, info}`, `:ignore` (nothing is
  kept), `{:error, :max_children}`, or `{:error, reason}` for an invalid
  specification or a failed start.
  """
  def start_child(supervisor, {_, _, _, _, _, _} = child_spec), do: validate_and_start(supervisor, child_spec)

  def start_child(supervisor, child_spec),
    do: validate_and_start(supervisor, Supervisor.child_spec(child_spec, []))

  defp validate_and_start(supervisor, child_spec) do
    case validate_child(child_spec) do
      {:ok, child} -> call(supervisor, {:start_child, child})
      error -> {:error, error}
    end
  end

  defp validate_child(%{id: _, start: {module, _, _} = start} = child) do
    type = Map.get(child, :type, :worker)

    # An unknown type raises CaseClauseError here, as in Elixir.
    shutdown =
      case type do
        :worker -> Map.get(child, :shutdown, 5000)
        :supervisor -> Map.get(child, :shutdown, :infinity)
      end

    validate_child(start, Map.get(child, :restart, :permanent), shutdown, type, Map.get(child, :modules, [module]))
  end

  defp validate_child({_id, start, restart, shutdown, type, modules}),
    do: validate_child(start, restart, shutdown, type, modules)

  defp validate_child(other), do: {:invalid_child_spec, other}

  defp validate_child(start, restart, shutdown, type, modules) do
    cond do
      not valid_start?(start) -> {:invalid_mfa, start}
      restart not in [:permanent, :temporary, :transient] -> {:invalid_restart_type, restart}
      not valid_shutdown?(shutdown) -> {:invalid_shutdown, shutdown}
      type not in [:worker, :supervisor] -> {:invalid_child_type, type}
      not valid_modules?(modules) -> {:invalid_modules, modules}
      true -> {:ok, {start, restart, shutdown, type, modules}}
    end
  end

  defp valid_start?({m, f, args}) when is_atom(m) and is_atom(f) and is_list(args), do: true
  defp valid_start?(_), do: false

  defp valid_shutdown?(shutdown) when is_integer(shutdown), do: shutdown > 0
  defp valid_shutdown?(shutdown), do: shutdown in [:infinity, :brutal_kill]

  defp valid_modules?(:dynamic), do: true
  defp valid_modules?(modules), do: is_list(modules) and Enum.all?(modules, fn m -> is_atom(m) end)

  @doc "Stops the child `pid`: `:ok`, or `{:error, :not_found}` if it is not a child."
  def terminate_child(supervisor, pid) when is_pid(pid), do: call(supervisor, {:terminate_child, pid})

  @doc """
  The children as `{:undefined, pid | :restarting, type, modules}`, in no
  particular order.
  """
  def which_children(supervisor), do: call(supervisor, :which_children)

  @doc "Counts of the children: `%{specs:, active:, supervisors:, workers:}`."
  def count_children(supervisor), do: Map.new(call(supervisor, :count_children))

  @doc "Stops the supervisor with `reason` (its children first); returns `:ok`."
  def stop(supervisor, reason \\ :normal, timeout \\ :infinity), do: GenServer.stop(supervisor, reason, timeout)

  defp call(supervisor, request), do: GenServer.call(supervisor, request, :infinity)

  @doc """
  With a keyword list: the options a module's `init/1` callback returns,
  `{:ok, flags}` (same options as `start_link/1`, without `:name`).

  With `{module, init_arg, name}`: the GenServer callback that starts the
  supervisor process.
  """
  def init(options) when is_list(options) do
    flags = %{
      strategy: Keyword.get(options, :strategy, :one_for_one),
      intensity: Keyword.get(options, :max_restarts, 3),
      period: Keyword.get(options, :max_seconds, 5),
      max_children: Keyword.get(options, :max_children, :infinity),
      extra_arguments: Keyword.get(options, :extra_arguments, [])
    }

    {:ok, flags}
  end

  def init({module, init_arg, name}) do
    Process.flag(:trap_exit, true)

    case module.init(init_arg) do
      {:ok, flags} when is_map(flags) ->
        name =
          cond do
            name == nil -> {self(), module}
            is_atom(name) -> {:local, name}
            true -> name
          end

        state = %{module: module, args: init_arg, name: name, children: %{}, restarts: []}

        case init_flags(state, flags) do
          {:ok, state} -> {:ok, state}
          {:error, reason} -> {:stop, {:supervisor_data, reason}}
        end

      :ignore ->
        :ignore

      other ->
        {:stop, {:bad_return, {module, :init, other}}}
    end
  end

  defp init_flags(state, flags) do
    strategy = Map.get(flags, :strategy, :one_for_one)
    intensity = Map.get(flags, :intensity, 1)
    period = Map.get(flags, :period, 5)
    max_children = Map.get(flags, :max_children, :infinity)
    extra = Map.get(flags, :extra_arguments, [])

    cond do
      strategy != :one_for_one ->
        {:error, {:invalid_strategy, strategy}}

      not (is_integer(intensity) and intensity >= 0) ->
        {:error, {:invalid_intensity, intensity}}

      not (is_integer(period) and period > 0) ->
        {:error, {:invalid_period, period}}

      not (max_children == :infinity or (is_integer(max_children) and max_children >= 0)) ->
        {:error, {:invalid_max_children, max_children}}

      not is_list(extra) ->
        {:error, {:invalid_extra_arguments, extra}}

      true ->
        {:ok,
         Map.merge(state, %{
           strategy: strategy,
           max_restarts: intensity,
           max_seconds: period,
           max_children: max_children,
           extra_arguments: extra
         })}
    end
  end

  @doc "Answers the requests of the `DynamicSupervisor` functions."
  def handle_call(:which_children, _from, state) do
    reply =
      for {pid, child} <- state.children do
        case child do
          {:restarting, {_, _, _, type, modules}} -> {:undefined, :restarting, type, modules}
          {_, _, _, type, modules} -> {:undefined, pid, type, modules}
        end
      end

    {:reply, reply, state}
  end

  def handle_call(:count_children, _from, state) do
    {active, workers, supervisors} =
      Enum.reduce(state.children, {0, 0, 0}, fn {_pid, child}, {active, workers, supervisors} ->
        {running, type} =
          case child do
            {:restarting, {_, _, _, type, _}} -> {0, type}
            {_, _, _, type, _} -> {1, type}
          end

        if type == :worker,
          do: {active + running, workers + 1, supervisors},
          else: {active + running, workers, supervisors + 1}
      end)

    reply = [specs: map_size(state.children), active: active, supervisors: supervisors, workers: workers]
    {:reply, reply, state}
  end

  def handle_call({:terminate_child, pid}, _from, state) do
    case Map.fetch(state.children, pid) do
      {:ok, child} ->
        terminate_children(%{pid => child}, state)
        {:reply, :ok, delete_child(pid, state)}

      :error ->
        {:reply, {:error, :not_found}, state}
    end
  end

  def handle_call({:start_child, child}, _from, state) do
    if map_size(state.children) < state.max_children do
      {{m, f, args} = mfa, restart, shutdown, type, modules} = child

      case start_process(m, f, state.extra_arguments ++ args) do
        {:ok, pid, _info} = reply -> {:reply, reply, save_child(pid, mfa, restart, shutdown, type, modules, state)}
        {:ok, pid} = reply -> {:reply, reply, save_child(pid, mfa, restart, shutdown, type, modules, state)}
        reply -> {:reply, reply, state}
      end
    else
      {:reply, {:error, :max_children}, state}
    end
  end

  # Calls a child's start function: {:ok, pid}, {:ok, pid, info},
  # :ignore or {:error, reason} (a raise gives {exception, stacktrace}).
  defp start_process(m, f, args) do
    try do
      apply(m, f, args)
    catch
      :exit, reason -> {:error, reason}
      :error, reason -> {:error, {reason, __STACKTRACE__}}
      :throw, value -> {:error, {{:nocatch, value}, __STACKTRACE__}}
    else
      {:ok, pid, info} when is_pid(pid) -> {:ok, pid, info}
      {:ok, pid} when is_pid(pid) -> {:ok, pid}
      :ignore -> :ignore
      {:error, _} = error -> error
      other -> {:error, other}
    end
  end

  # A temporary child is never restarted, so its arguments are not kept.
  defp save_child(pid, {m, f, args}, restart, shutdown, type, modules, state) do
    mfa = if restart == :temporary, do: {m, f, :undefined}, else: {m, f, args}
    %{state | children: Map.put(state.children, pid, {mfa, restart, shutdown, type, modules})}
  end

  defp delete_child(pid, state), do: %{state | children: Map.delete(state.children, pid)}

  @doc "Ignores casts."
  def handle_cast(_message, state), do: {:noreply, state}

  @doc "Handles the exit of a child and retried restarts; logs anything else."
  def handle_info({:EXIT, pid, reason}, state) do
    case Map.fetch(state.children, pid) do
      {:ok, {_, restart, _, _, _} = child} -> stop_or_continue(child_exited(restart, reason, pid, child, state))
      _ -> {:noreply, state}
    end
  end

  def handle_info({:"$gen_restart", pid}, state) do
    case Map.fetch(state.children, pid) do
      {:ok, {:restarting, child}} -> stop_or_continue(restart_child(pid, child, state))
      _ -> {:noreply, state}
    end
  end

  def handle_info(message, state) do
    Logger.error("DynamicSupervisor received unexpected message: " <> inspect(message))
    {:noreply, state}
  end

  defp stop_or_continue({:ok, state}), do: {:noreply, state}
  defp stop_or_continue({:shutdown, state}), do: {:stop, :shutdown, state}

  @doc "Stops every child."
  def terminate(_reason, state), do: terminate_children(state.children, state)

  @doc "Keeps the state."
  def code_change(_old, state, _extra), do: {:ok, state}

  # --- restarts ---

  defp child_exited(:permanent, reason, pid, child, state) do
    report(:child_terminated, reason, pid, child, state)
    restart_child(pid, child, state)
  end

  defp child_exited(restart, reason, pid, child, state) do
    cond do
      Supervisor.__normal_exit__(reason) ->
        {:ok, delete_child(pid, state)}

      restart == :transient ->
        report(:child_terminated, reason, pid, child, state)
        restart_child(pid, child, state)

      true ->
        report(:child_terminated, reason, pid, child, state)
        {:ok, delete_child(pid, state)}
    end
  end

  defp restart_child(pid, child, state) do
    {within, restarts} = Supervisor.__add_restart__(state.restarts, state.max_restarts, state.max_seconds)
    state = %{state | restarts: restarts}

    if within do
      {{m, f, args} = mfa, restart, shutdown, type, modules} = child

      case start_process(m, f, state.extra_arguments ++ args) do
        {:ok, new_pid, _info} ->
          {:ok, save_child(new_pid, mfa, restart, shutdown, type, modules, delete_child(pid, state))}

        {:ok, new_pid} ->
          {:ok, save_child(new_pid, mfa, restart, shutdown, type, modules, delete_child(pid, state))}

        :ignore ->
          {:ok, delete_child(pid, state)}

        {:error, reason} ->
          report(:start_error, reason, {:restarting, pid}, child, state)
          send(self(), {:"$gen_restart", pid})
          {:ok, %{state | children: Map.put(state.children, pid, {:restarting, child})}}
      end
    else
      report(:shutdown, :reached_max_restart_intensity, pid, child, state)
      {:shutdown, delete_child(pid, state)}
    end
  end

  # --- shutdown ---

  # Sends every child its exit signal, then waits for all of them, killing
  # those still alive when their shutdown time is up.
  defp terminate_children(children, state) do
    now = :erlang.monotonic_time(:millisecond)

    waiting =
      Enum.reduce(children, %{}, fn
        {_pid, {:restarting, _}}, waiting ->
          waiting

        {pid, {_, restart, shutdown, _, _} = child}, waiting ->
          mref = Process.monitor(pid)
          Process.unlink(pid)

          receive do
            {:EXIT, ^pid, reason} ->
              receive do
                {:DOWN, ^mref, :process, ^pid, _} -> :ok
              end

              unless reason == :normal and restart != :permanent do
                report(:shutdown_error, reason, pid, child, state)
              end

              waiting
          after
            0 ->
              deadline =
                case shutdown do
                  :brutal_kill ->
                    Process.exit(pid, :kill)
                    :infinity

                  :infinity ->
                    Process.exit(pid, :shutdown)
                    :infinity

                  time ->
                    Process.exit(pid, :shutdown)
                    now + time
                end

              Map.put(waiting, pid, {child, mref, deadline})
          end
      end)

    wait_children(waiting, state)
  end

  defp wait_children(waiting, _state) when map_size(waiting) == 0, do: :ok

  defp wait_children(waiting, state) do
    deadlines = for {_pid, {_, _, deadline}} <- waiting, is_integer(deadline), do: deadline

    timeout =
      case deadlines do
        [] -> :infinity
        _ -> max(Enum.min(deadlines) - :erlang.monotonic_time(:millisecond), 0)
      end

    receive do
      {:DOWN, _mref, :process, pid, reason} when is_map_key(waiting, pid) ->
        {child, _, _} = Map.fetch!(waiting, pid)
        check_shutdown_reason(reason, pid, child, state)
        wait_children(Map.delete(waiting, pid), state)
    after
      timeout ->
        now = :erlang.monotonic_time(:millisecond)

        waiting =
          Map.new(waiting, fn
            {pid, {child, mref, deadline}} when is_integer(deadline) and deadline <= now ->
              Process.exit(pid, :kill)
              {pid, {child, mref, :infinity}}

            entry ->
              entry
          end)

        wait_children(waiting, state)
    end
  end

  defp check_shutdown_reason(reason, pid, {_, restart, shutdown, _, _} = child, state) do
    fine =
      case reason do
        :killed -> shutdown == :brutal_kill
        :shutdown -> shutdown != :brutal_kill
        {:shutdown, _} -> shutdown != :brutal_kill
        :normal -> shutdown != :brutal_kill and restart != :permanent
        _ -> false
      end

    unless fine, do: report(:shutdown_error, reason, pid, child, state)
  end

  defp report(context, reason, pid, {{m, f, args}, restart, shutdown, type, _modules}, state) do
    pid =
      case pid do
        {:restarting, pid} -> pid
        pid -> pid
      end

    Supervisor.__report__(state.name, context, reason, {:undefined, pid, {m, f, state.extra_arguments ++ List.wrap(args)}, restart, shutdown, type})
  end
end
