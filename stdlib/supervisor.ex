defmodule Supervisor do
  @moduledoc """
  A process that starts other processes (its children), watches them
  through links, and restarts them by a strategy when they exit.

  Children are given as child specifications: maps with the keys `:id`,
  `:start` (`{module, function, args}`, called in the supervisor; it must
  start a process linked to it and return `{:ok, pid}`, `{:ok, pid,
  info}`, `:ignore` or `{:error, reason}`), and optionally `:restart`
  (`:permanent`, `:transient` or `:temporary`), `:shutdown` (milliseconds,
  `:infinity` or `:brutal_kill`), `:type` (`:worker` or `:supervisor`) and
  `:modules`.  A module `Mod` or a tuple `{Mod, arg}` stands for the map
  `Mod.child_spec(arg)` (`[]` for a bare module).

  Children start in list order; each must be running before the next
  starts.  When one exits, the strategy decides: `:one_for_one` restarts
  it alone, `:one_for_all` stops the others and restarts every child,
  `:rest_for_one` stops and restarts the children started after it.  A
  `:permanent` child is always restarted, a `:transient` one only after an
  abnormal exit (not `:normal`, `:shutdown` or `{:shutdown, _}`), a
  `:temporary` one never.  More than `:max_restarts` restarts within
  `:max_seconds` seconds make the supervisor stop every child and exit
  with `:shutdown`.

  Children stop in reverse start order: each gets an exit signal
  `:shutdown` and `:shutdown` milliseconds to finish before it is killed.

  The supervisor itself is a `GenServer` (its callbacks live in
  `Supervisor.Server`), so `:sys.get_state/1`, `GenServer.stop/3` and
  names work as for any server.
  """

  @doc """
  Starts a supervisor with `children` (a list of modules, `{module, arg}`
  tuples or child specification maps).

  Options: `:strategy` (required, else `ArgumentError` is raised here in
  the caller), `:max_restarts` (default 3), `:max_seconds` (default 5) and
  `:name`.  Returns `{:ok, pid}`, `{:error, {:already_started, pid}}`, or
  `{:error, reason}` when a child fails to start
  (`{:shutdown, {:failed_to_start_child, id, reason}}`) or the children
  are invalid (`{:start_spec, reason}`).  With `start_link(module, arg)`
  (two arguments, the first not a list) it starts a module-based
  supervisor as `start_link/3` does.
  """
  def start_link(children, options) when is_list(children) do
    {sup_options, start_options} = Keyword.split(options, [:strategy, :max_seconds, :max_restarts, :auto_shutdown])
    start_link(Supervisor.Default, init(children, sup_options), start_options)
  end

  def start_link(module, init_arg), do: start_link(module, init_arg, [])

  @doc """
  Starts a supervisor whose `module.init(init_arg)` returns its flags and
  children, usually through `init/2`, or `:ignore` (the supervisor then
  stops with `:normal` and this returns `:ignore`).

  The one option is `:name`: an atom, `{:global, term}` or `{:via, module,
  term}`; anything else raises `ArgumentError`.
  """
  def start_link(module, init_arg, options) when is_list(options) do
    # GenServer.start_link checks the name
    name = Keyword.get(options, :name)
    start_options = if name == nil, do: [], else: [name: name]
    GenServer.start_link(Supervisor.Server, {name, module, init_arg}, start_options)
  end

  @doc """
  The value an `init/1` callback returns: `{:ok, {flags, child_specs}}`.

  Options: `:strategy` (required: `:one_for_one`, `:one_for_all` or
  `:rest_for_one`), `:max_restarts` (default 3) and `:max_seconds`
  (default 5).  Each child is turned into a specification map here, so a
  module without `child_spec/1` raises `ArgumentError` in the caller.
  """
  def init(children, options) when is_list(children) and is_list(options) do
    strategy =
      case Keyword.get(options, :strategy) do
        nil -> raise ArgumentError, "expected :strategy option to be given"
        other -> other
      end

    intensity = Keyword.get(options, :max_restarts, 3)
    period = Keyword.get(options, :max_seconds, 5)
    flags = %{strategy: strategy, intensity: intensity, period: period}
    {:ok, {flags, Enum.map(children, fn child -> init_child(child) end)}}
  end

  @doc """
  The child specification of `module_or_map` (a module, `{module, arg}`
  or a map) with the keys in `overrides` replaced.

  Only the keys `:id`, `:start`, `:restart`, `:shutdown`, `:type` and
  `:modules` may be overridden; any other raises `ArgumentError`.
  """
  def child_spec(module_or_map, overrides)

  def child_spec({_, _, _, _, _, _} = tuple, _overrides) do
    raise ArgumentError,
          "old tuple-based child specification " <> inspect(tuple) <> " is not supported in Supervisor.child_spec/2"
  end

  def child_spec(module_or_map, overrides) do
    Enum.reduce(overrides, init_child(module_or_map), fn
      {key, value}, acc when key in [:id, :start, :restart, :shutdown, :type, :modules] ->
        Map.put(acc, key, value)

      {key, _value}, _acc ->
        raise ArgumentError, "unknown key " <> inspect(key) <> " in child specification override"
    end)
  end

  defp init_child(module) when is_atom(module), do: init_child({module, []})

  defp init_child({module, arg}) when is_atom(module) do
    if function_exported?(module, :child_spec, 1) do
      module.child_spec(arg)
    else
      raise ArgumentError, child_spec_error(module)
    end
  end

  defp init_child(map) when is_map(map), do: map
  defp init_child({_, _, _, _, _, _} = tuple), do: tuple

  defp init_child(other) do
    raise ArgumentError,
          "supervisors expect each child to be one of the following:\n\n" <>
            "  * a module\n  * a {module, arg} tuple\n" <>
            "  * a child specification as a map with at least the :id and :start fields\n" <>
            "  * or a tuple with 6 elements generated by Supervisor.Spec (deprecated)\n\nGot: " <>
            inspect(other) <> "\n"
  end

  defp child_spec_error(module) do
    if :erlang.module_loaded(module) do
      name = inspect(module)

      """
      The module #{name} was given as a child to a supervisor
      but it does not implement child_spec/1.

      If you own the given module, please define a child_spec/1 function
      that receives an argument and returns a child specification as a map.
      For example:

          def child_spec(opts) do
            %{
              id: __MODULE__,
              start: {__MODULE__, :start_link, [opts]},
              type: :worker,
              restart: :permanent,
              shutdown: 500
            }
          end

      Note that "use Agent", "use GenServer" and so on automatically define
      this function for you.

      However, if you don't own the given module and it doesn't implement
      child_spec/1, instead of passing the module name directly as a supervisor
      child, you will have to pass a child specification as a map:

          %{
            id: #{name},
            start: {#{name}, :start_link, [arg1, arg2]}
          }

      See the Supervisor documentation for more information.
      """
    else
      "The module " <> inspect(module) <> " was given as a child to a supervisor but it does not exist."
    end
  end

  @doc """
  Adds a child to a running supervisor and starts it.

  Returns `{:ok, pid}` (or `{:ok, pid, info}`), `{:ok, :undefined}` when
  the child's start returns `:ignore`, `{:error, {:already_started, pid}}`
  or `{:error, :already_present}` when the id is taken, or `{:error,
  reason}` for an invalid specification or a failed start.
  """
  def start_child(supervisor, {_, _, _, _, _, _} = child_spec), do: call(supervisor, {:start_child, child_spec})
  def start_child(supervisor, args) when is_list(args), do: call(supervisor, {:start_child, args})
  def start_child(supervisor, child_spec), do: call(supervisor, {:start_child, child_spec(child_spec, [])})

  @doc """
  Stops the child with id `child_id`; its specification stays (unless it
  is `:temporary`) so `restart_child/2` can start it again.  Returns `:ok`
  or `{:error, :not_found}`.
  """
  def terminate_child(supervisor, child_id), do: call(supervisor, {:terminate_child, child_id})

  @doc """
  Removes the specification of a stopped child: `:ok`, `{:error,
  :running}`, `{:error, :restarting}` or `{:error, :not_found}`.
  """
  def delete_child(supervisor, child_id), do: call(supervisor, {:delete_child, child_id})

  @doc """
  Starts again a stopped child that still has its specification: `{:ok,
  pid}`, `{:ok, pid, info}`, `{:error, :running}`, `{:error, :restarting}`,
  `{:error, :not_found}` or `{:error, reason}`.
  """
  def restart_child(supervisor, child_id), do: call(supervisor, {:restart_child, child_id})

  @doc """
  The children, last started first: `{id, pid | :restarting | :undefined,
  :worker | :supervisor, modules}`.
  """
  def which_children(supervisor), do: call(supervisor, :which_children)

  @doc """
  Counts of the children: `%{specs:, active:, supervisors:, workers:}`
  (`active` counts the children whose process is alive).
  """
  def count_children(supervisor), do: Map.new(call(supervisor, :count_children))

  @doc """
  Stops the supervisor with `reason` (its children first) and waits up to
  `timeout`; returns `:ok`.
  """
  def stop(supervisor, reason \\ :normal, timeout \\ :infinity), do: GenServer.stop(supervisor, reason, timeout)

  defp call(supervisor, request), do: GenServer.call(supervisor, request, :infinity)

  @doc false
  # A supervisor report through Logger, shared with DynamicSupervisor.
  def __report__(supervisor, context, reason, child) do
    Logger.error(fn ->
      {id, pid, {m, f, a}, restart, shutdown, type} = child
      verb =
        case context do
          :start_error -> "failed to start"
          :child_terminated -> "terminated"
          :shutdown -> "caused shutdown"
          :shutdown_error -> "shut down abnormally"
        end

      call = inspect(m) <> "." <> Atom.to_string(f) <> "(" <> Enum.map_join(List.wrap(a), ", ", fn x -> inspect(x) end) <> ")"

      "Child " <> inspect(id) <> " of Supervisor " <> supervisor_name(supervisor) <> " " <> verb <>
        "\n** (exit) " <> inspect(reason) <> "\nPid: " <> inspect(pid) <> "\nStart Call: " <> call <>
        "\nRestart: " <> inspect(restart) <> "\nShutdown: " <> inspect(shutdown) <> "\nType: " <> inspect(type)
    end)
  end

  @doc false
  # Counts a restart now, shared with DynamicSupervisor: whether the
  # restarts within the last `period` seconds stay within `intensity`, and
  # the restarts to remember.
  def __add_restart__(restarts, intensity, period) do
    now = :erlang.monotonic_time(:second)
    restarts = [now | Enum.filter(restarts, fn t -> now <= t + period end)]
    {length(restarts) <= intensity, restarts}
  end

  @doc false
  # An exit a transient child, or a supervisor's report, treats as normal.
  def __normal_exit__(:normal), do: true
  def __normal_exit__(:shutdown), do: true
  def __normal_exit__({:shutdown, _}), do: true
  def __normal_exit__(_), do: false

  defp supervisor_name({pid, module}) when is_pid(pid), do: inspect(pid) <> " (" <> inspect(module) <> ")"
  defp supervisor_name({:local, name}), do: inspect(name)
  defp supervisor_name({:global, name}), do: inspect(name)
  defp supervisor_name({:via, _, name}), do: inspect(name)
  defp supervisor_name(other), do: inspect(other)
end

defmodule Supervisor.Default do
  @moduledoc """
  The callback module of supervisors started with
  `Supervisor.start_link/2` and `DynamicSupervisor.start_link/1`: the
  flags and children are computed in the caller and handed to `init/1`
  as they are.
  """

  @doc "Returns its argument, the result of `Supervisor.init/2` or `DynamicSupervisor.init/1`."
  def init(args), do: args
end

defmodule Supervisor.Server do
  @moduledoc """
  The GenServer callbacks of a `Supervisor` process.

  The state is a map.  `ids` lists the child ids last started first (the
  order in which children are stopped and reported by `which_children`);
  `children` maps each id to its child: a map with `:id`, `:pid`,
  `:start`, `:restart`, `:significant`, `:shutdown`, `:type` and
  `:modules`.  A child's `:pid` is its process, `:undefined` when it is not
  running, or `{:restarting, old}` after a failed restart: the supervisor
  then casts itself `{:try_again_restart, id}` so that other requests get
  served between attempts, and every attempt counts as a restart.
  `restarts` holds the times (in seconds) of the restarts within the
  current period.
  """

  @doc "Traps exits, runs the callback module's `init/1` and starts the children in order."
  def init({name, module, arg}) do
    Process.flag(:trap_exit, true)

    case module.init(arg) do
      {:ok, {flags, specs}} ->
        case check_flags(flags) do
          {:ok, flags} ->
            state = %{
              name: report_name(name, module),
              module: module,
              args: arg,
              strategy: flags.strategy,
              intensity: flags.intensity,
              period: flags.period,
              auto_shutdown: flags.auto_shutdown,
              restarts: [],
              ids: [],
              children: %{}
            }

            init_children(state, specs)

          {:error, reason} ->
            {:stop, {:supervisor_data, reason}}
        end

      :ignore ->
        :ignore

      other ->
        {:stop, {:bad_return, {module, :init, other}}}
    end
  end

  defp report_name(nil, module), do: {self(), module}
  defp report_name(name, _module) when is_atom(name), do: {:local, name}
  defp report_name(name, _module), do: name

  defp init_children(state, specs) do
    case check_specs(specs, [], %{}, state.auto_shutdown) do
      {:ok, ids, children} ->
        case start_children(ids, children, state) do
          {:ok, ids, children} ->
            {:ok, %{state | ids: ids, children: children}}

          {:error, ids, children, reason} ->
            terminate_children(ids, children, state)
            {:stop, {:shutdown, reason}}
        end

      {:error, reason} ->
        {:stop, {:start_spec, reason}}
    end
  end

  # --- flags and child specifications ---

  defp check_flags(flags) when is_map(flags) do
    flags = Map.merge(%{strategy: :one_for_one, intensity: 1, period: 5, auto_shutdown: :never}, flags)

    cond do
      flags.strategy not in [:one_for_one, :one_for_all, :rest_for_one] ->
        {:error, {:invalid_strategy, flags.strategy}}

      not (is_integer(flags.intensity) and flags.intensity >= 0) ->
        {:error, {:invalid_intensity, flags.intensity}}

      not (is_integer(flags.period) and flags.period > 0) ->
        {:error, {:invalid_period, flags.period}}

      flags.auto_shutdown not in [:never, :any_significant, :all_significant] ->
        {:error, {:invalid_auto_shutdown, flags.auto_shutdown}}

      true ->
        {:ok, flags}
    end
  end

  defp check_flags({strategy, intensity, period}),
    do: check_flags(%{strategy: strategy, intensity: intensity, period: period})

  defp check_flags(other), do: {:error, {:invalid_type, other}}

  # The ids come back in start order.
  defp check_specs([spec | rest], ids, children, auto_shutdown) do
    case check_spec(spec, auto_shutdown) do
      {:ok, child} ->
        if Map.has_key?(children, child.id) do
          {:error, {:duplicate_child_name, child.id}}
        else
          check_specs(rest, [child.id | ids], Map.put(children, child.id, child), auto_shutdown)
        end

      error ->
        error
    end
  end

  defp check_specs([], ids, children, _auto_shutdown), do: {:ok, Enum.reverse(ids), children}

  # {:ok, child} or {:error, reason} for one specification, as the
  # supervisor checks it.
  defp check_spec(spec, auto_shutdown) when is_map(spec) do
    try do
      {:ok, check_spec_map(Map.merge(%{restart: :permanent, type: :worker}, spec), auto_shutdown)}
    catch
      :throw, {:invalid_spec, reason} -> {:error, reason}
    end
  end

  defp check_spec({id, start, restart, shutdown, type, modules}, auto_shutdown) do
    check_spec(
      %{id: id, start: start, restart: restart, significant: false, shutdown: shutdown, type: type, modules: modules},
      auto_shutdown
    )
  end

  defp check_spec(other, _auto_shutdown), do: {:error, {:invalid_child_spec, other}}

  defp check_spec_map(spec, auto_shutdown) do
    id = fetch_or_throw(spec, :id, :missing_id)
    start = fetch_or_throw(spec, :start, :missing_start)

    case start do
      {m, f, a} when is_atom(m) and is_atom(f) and is_list(a) -> :ok
      _ -> invalid({:invalid_mfa, start})
    end

    restart = spec.restart
    unless restart in [:permanent, :transient, :temporary], do: invalid({:invalid_restart_type, restart})
    significant = Map.get(spec, :significant, false)

    cond do
      significant == true and auto_shutdown == :never ->
        invalid({:bad_combination, [auto_shutdown: :never, significant: true]})

      significant == true and restart == :permanent ->
        invalid({:bad_combination, [restart: :permanent, significant: true]})

      not is_boolean(significant) ->
        invalid({:invalid_significant, significant})

      true ->
        :ok
    end

    type = spec.type
    unless type in [:worker, :supervisor], do: invalid({:invalid_child_type, type})

    shutdown =
      case spec do
        %{shutdown: shutdown} -> shutdown
        %{type: :worker} -> 5000
        %{type: :supervisor} -> :infinity
      end

    unless (is_integer(shutdown) and shutdown >= 0) or shutdown in [:infinity, :brutal_kill],
      do: invalid({:invalid_shutdown, shutdown})

    modules =
      case spec do
        %{modules: modules} -> modules
        _ -> [elem(start, 0)]
      end

    cond do
      modules == :dynamic -> :ok
      is_list(modules) -> Enum.each(modules, fn m -> unless is_atom(m), do: invalid({:invalid_module, m}) end)
      true -> invalid({:invalid_modules, modules})
    end

    %{
      id: id,
      pid: :undefined,
      start: start,
      restart: restart,
      significant: significant,
      shutdown: shutdown,
      type: type,
      modules: modules
    }
  end

  defp fetch_or_throw(map, key, reason) do
    case Map.fetch(map, key) do
      {:ok, value} -> value
      :error -> invalid(reason)
    end
  end

  defp invalid(reason), do: throw({:invalid_spec, reason})

  # The child as OTP's supervisor shows it in errors: its #child record.
  defp child_record(child) do
    {:child, child.pid, child.id, child.start, child.restart, child.significant, child.shutdown, child.type,
     child.modules}
  end

  # --- starting and stopping children ---

  # Calls the child's start function: {:ok, pid}, {:ok, pid, info},
  # {:ok, :undefined} for :ignore, or {:error, reason}.  A raise inside it
  # is {:error, {:EXIT, {exception, stacktrace}}}, as Erlang's catch gives.
  defp start_process(child) do
    {m, f, a} = child.start

    result =
      try do
        apply(m, f, a)
      catch
        :throw, value -> value
        :error, reason -> {:EXIT, {reason, __STACKTRACE__}}
        :exit, reason -> {:EXIT, reason}
      end

    case result do
      {:ok, pid} when is_pid(pid) -> {:ok, pid}
      {:ok, pid, extra} when is_pid(pid) -> {:ok, pid, extra}
      :ignore -> {:ok, :undefined}
      {:error, reason} -> {:error, reason}
      other -> {:error, other}
    end
  end

  # Starts `ids` (start order).  {:ok, ids, children} with the ids last
  # started first, or at the first failure {:error, ids, children,
  # {:failed_to_start_child, id, reason}} with the ids in the same order
  # and the children not yet started left as they were.
  defp start_children(ids, children, state), do: start_children(ids, children, [], state)

  defp start_children([], children, started, _state), do: {:ok, started, children}

  defp start_children([id | rest], children, started, state) do
    child = Map.fetch!(children, id)
    restart = child.restart

    case start_process(child) do
      {:ok, :undefined} when restart == :temporary ->
        start_children(rest, Map.delete(children, id), started, state)

      {:ok, pid} ->
        start_children(rest, Map.put(children, id, %{child | pid: pid}), [id | started], state)

      {:ok, pid, _extra} ->
        start_children(rest, Map.put(children, id, %{child | pid: pid}), [id | started], state)

      {:error, reason} ->
        report(:start_error, reason, child, state)
        {:error, Enum.reverse(rest) ++ [id | started], children, {:failed_to_start_child, id, reason}}
    end
  end

  # Stops the children of `ids` in that order (last started first);
  # temporary ones are dropped, the others kept with pid :undefined.
  # Returns the kept ids in the same order, and the children.
  defp terminate_children(ids, children, state) do
    {kept, children} =
      Enum.reduce(ids, {[], children}, fn id, {kept, children} ->
        child = Map.fetch!(children, id)
        shutdown_child(child, state)

        if child.restart == :temporary,
          do: {kept, Map.delete(children, id)},
          else: {[id | kept], Map.put(children, id, %{child | pid: :undefined})}
      end)

    {Enum.reverse(kept), children}
  end

  defp shutdown_child(%{pid: pid} = child, state) when is_pid(pid) do
    timeout = child.shutdown

    case shutdown(pid, timeout) do
      :shutdown ->
        :ok

      :killed when timeout == :brutal_kill ->
        :ok

      reason ->
        unless child.restart != :permanent and Supervisor.__normal_exit__(reason) do
          report(:shutdown_error, reason, child, state)
        end
    end
  end

  defp shutdown_child(_child, _state), do: :ok

  # Stops one child as supervisors do: a monitor, the exit signal
  # :shutdown (or :kill), `timeout` milliseconds, then :kill.  Returns the
  # reason the child exited with.  The link is removed first, so the
  # child's EXIT never reaches the supervisor's handle_info; a child
  # already dead is reported with the reason of its queued EXIT.
  defp shutdown(pid, timeout) do
    mref = Process.monitor(pid)
    Process.unlink(pid)

    receive do
      {:EXIT, ^pid, reason} ->
        receive do
          {:DOWN, ^mref, :process, ^pid, _} -> reason
        end
    after
      0 ->
        if timeout == :brutal_kill, do: Process.exit(pid, :kill), else: Process.exit(pid, :shutdown)
        wait_down(pid, mref, if(timeout == :brutal_kill, do: :infinity, else: timeout))
    end
  end

  defp wait_down(pid, mref, :infinity) do
    receive do
      {:DOWN, ^mref, :process, ^pid, reason} -> reason
    end
  end

  defp wait_down(pid, mref, timeout) do
    receive do
      {:DOWN, ^mref, :process, ^pid, reason} -> reason
    after
      timeout ->
        Process.exit(pid, :kill)
        wait_down(pid, mref, :infinity)
    end
  end


  # --- requests ---

  @doc "Answers the requests of the `Supervisor` functions."
  def handle_call({:start_child, spec}, _from, state) do
    case check_spec(spec, state.auto_shutdown) do
      {:ok, child} ->
        {reply, state} = add_child(child, state)
        {:reply, reply, state}

      {:error, reason} ->
        {:reply, {:error, reason}, state}
    end
  end

  def handle_call({:terminate_child, id}, _from, state) do
    case Map.fetch(state.children, id) do
      {:ok, child} ->
        shutdown_child(child, state)
        {:reply, :ok, drop_child(child, state)}

      :error ->
        {:reply, {:error, :not_found}, state}
    end
  end

  def handle_call({:restart_child, id}, _from, state) do
    case Map.fetch(state.children, id) do
      {:ok, %{pid: :undefined} = child} ->
        case start_process(child) do
          {:ok, pid} -> {:reply, {:ok, pid}, set_pid(state, id, pid)}
          {:ok, pid, extra} -> {:reply, {:ok, pid, extra}, set_pid(state, id, pid)}
          error -> {:reply, error, state}
        end

      {:ok, %{pid: {:restarting, _}}} ->
        {:reply, {:error, :restarting}, state}

      {:ok, _} ->
        {:reply, {:error, :running}, state}

      :error ->
        {:reply, {:error, :not_found}, state}
    end
  end

  def handle_call({:delete_child, id}, _from, state) do
    case Map.fetch(state.children, id) do
      {:ok, %{pid: :undefined}} ->
        {:reply, :ok, %{state | ids: List.delete(state.ids, id), children: Map.delete(state.children, id)}}

      {:ok, %{pid: {:restarting, _}}} ->
        {:reply, {:error, :restarting}, state}

      {:ok, _} ->
        {:reply, {:error, :running}, state}

      :error ->
        {:reply, {:error, :not_found}, state}
    end
  end

  def handle_call({:get_childspec, id}, _from, state) do
    case Map.fetch(state.children, id) do
      {:ok, child} -> {:reply, {:ok, Map.delete(child, :pid)}, state}
      :error -> {:reply, {:error, :not_found}, state}
    end
  end

  def handle_call(:which_children, _from, state) do
    reply =
      Enum.map(state.ids, fn id ->
        child = Map.fetch!(state.children, id)

        pid =
          case child.pid do
            {:restarting, _} -> :restarting
            pid -> pid
          end

        {id, pid, child.type, child.modules}
      end)

    {:reply, reply, state}
  end

  def handle_call(:count_children, _from, state) do
    {specs, active, supervisors, workers} =
      Enum.reduce(Map.values(state.children), {0, 0, 0, 0}, fn child, {specs, active, supervisors, workers} ->
        active = if is_pid(child.pid) and Process.alive?(child.pid), do: active + 1, else: active

        if child.type == :supervisor,
          do: {specs + 1, active, supervisors + 1, workers},
          else: {specs + 1, active, supervisors, workers + 1}
      end)

    {:reply, [specs: specs, active: active, supervisors: supervisors, workers: workers], state}
  end

  defp add_child(child, state) do
    case Map.fetch(state.children, child.id) do
      {:ok, %{pid: pid}} when is_pid(pid) ->
        {{:error, {:already_started, pid}}, state}

      {:ok, _} ->
        {{:error, :already_present}, state}

      :error ->
        restart = child.restart

        case start_process(child) do
          {:ok, :undefined} when restart == :temporary ->
            {{:ok, :undefined}, state}

          {:ok, pid} ->
            {{:ok, pid}, save_child(%{child | pid: pid}, state)}

          {:ok, pid, extra} ->
            {{:ok, pid, extra}, save_child(%{child | pid: pid}, state)}

          {:error, reason} ->
            {{:error, {reason, child_record(child)}}, state}
        end
    end
  end

  # A temporary child is never restarted, so its arguments are not kept.
  defp save_child(child, state) do
    child =
      case child do
        %{restart: :temporary, start: {m, f, _}} -> %{child | start: {m, f, :undefined}}
        _ -> child
      end

    %{state | ids: [child.id | state.ids], children: Map.put(state.children, child.id, child)}
  end

  # A child that stopped for good: a temporary one is forgotten, the
  # others keep their specification without a process.
  defp drop_child(child, state) do
    if child.restart == :temporary do
      %{state | ids: List.delete(state.ids, child.id), children: Map.delete(state.children, child.id)}
    else
      set_pid(state, child.id, :undefined)
    end
  end

  defp set_pid(state, id, pid) do
    %{state | children: Map.update!(state.children, id, fn child -> %{child | pid: pid} end)}
  end

  @doc "Retries a restart that failed (see the module documentation); any other cast crashes, as in OTP."
  def handle_cast({:try_again_restart, id}, state) do
    case Map.fetch(state.children, id) do
      {:ok, %{pid: {:restarting, _}} = child} -> stop_or_continue(restart(child, state))
      _ -> {:noreply, state}
    end
  end

  @doc "Handles the exit of a child; other messages are logged and dropped."
  def handle_info({:EXIT, pid, reason}, state) do
    case find_pid(state, pid) do
      nil -> {:noreply, state}
      child -> stop_or_continue(child_exited(child, reason, state))
    end
  end

  def handle_info(message, state) do
    Logger.error("Supervisor received unexpected message: " <> inspect(message))
    {:noreply, state}
  end

  defp stop_or_continue({:ok, state}), do: {:noreply, state}
  defp stop_or_continue({:shutdown, state}), do: {:stop, :shutdown, state}

  defp find_pid(state, pid) do
    Enum.find_value(state.ids, fn id ->
      child = Map.fetch!(state.children, id)
      if child.pid == pid, do: child
    end)
  end

  @doc "Stops every child, last started first."
  def terminate(_reason, state) do
    terminate_children(state.ids, state.children, state)
    :ok
  end

  @doc "Keeps the state."
  def code_change(_old, state, _extra), do: {:ok, state}

  # --- restarts ---

  defp child_exited(%{restart: :permanent} = child, reason, state) do
    report(:child_terminated, reason, child, state)
    restart(child, state)
  end

  defp child_exited(child, reason, state) do
    cond do
      Supervisor.__normal_exit__(reason) ->
        auto_shutdown(child, drop_child(child, state))

      child.restart == :transient ->
        report(:child_terminated, reason, child, state)
        restart(child, state)

      true ->
        report(:child_terminated, reason, child, state)
        auto_shutdown(child, drop_child(child, state))
    end
  end

  defp auto_shutdown(child, state) do
    cond do
      state.auto_shutdown == :never or not child.significant ->
        {:ok, state}

      state.auto_shutdown == :any_significant ->
        {:shutdown, state}

      Enum.any?(Map.values(state.children), fn c -> c.significant and c.pid != :undefined end) ->
        {:ok, state}

      true ->
        {:shutdown, state}
    end
  end

  defp restart(child, state) do
    {within, restarts} = Supervisor.__add_restart__(state.restarts, state.intensity, state.period)
    state = %{state | restarts: restarts}

    if within do
      restart(state.strategy, child, state)
    else
      report(:shutdown, :reached_max_restart_intensity, child, state)
      {:shutdown, drop_child(child, state)}
    end
  end

  defp restart(:one_for_one, child, state) do
    case start_process(child) do
      {:ok, pid} ->
        {:ok, set_pid(state, child.id, pid)}

      {:ok, pid, _extra} ->
        {:ok, set_pid(state, child.id, pid)}

      {:error, reason} ->
        report(:start_error, reason, child, state)
        try_again(child.id)
        {:ok, set_pid(state, child.id, restarting(child.pid))}
    end
  end

  defp restart(:rest_for_one, child, state) do
    {later, [_ | earlier]} = Enum.split_while(state.ids, fn id -> id != child.id end)
    state = set_pid(state, child.id, :undefined)
    restart_several(child, later ++ [child.id], earlier, state)
  end

  defp restart(:one_for_all, child, state) do
    state = set_pid(state, child.id, :undefined)
    restart_several(child, state.ids, [], state)
  end

  # Stops the children of `ids` (last started first), then starts them
  # again in start order; `kept` are the earlier children left alone.
  defp restart_several(child, ids, kept, state) do
    {ids, children} = terminate_children(ids, state.children, state)

    case start_children(Enum.reverse(ids), children, state) do
      {:ok, ids, children} ->
        {:ok, %{state | ids: ids ++ kept, children: children}}

      {:error, ids, children, {:failed_to_start_child, failed, _reason}} ->
        pid = if failed == child.id, do: restarting(child.pid), else: {:restarting, :undefined}
        state = %{state | ids: ids ++ kept, children: children}
        try_again(failed)
        {:ok, set_pid(state, failed, pid)}
    end
  end

  defp restarting(pid) when is_pid(pid), do: {:restarting, pid}
  defp restarting(other), do: other

  defp try_again(id), do: GenServer.cast(self(), {:try_again_restart, id})

  defp report(context, reason, child, state) do
    pid =
      case child.pid do
        {:restarting, pid} -> pid
        pid -> pid
      end

    Supervisor.__report__(state.name, context, reason, {child.id, pid, child.start, child.restart, child.shutdown, child.type})
  end
end
