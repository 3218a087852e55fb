defmodule GenServer do
  @moduledoc """
  A server process that keeps a state and answers requests through the
  callbacks of a module, written on spawn, send, receive, links and
  monitors.

  A callback module usually says `use GenServer` (which supplies
  `child_spec/1` and defaults for `handle_call/3`, `handle_cast/2`,
  `handle_info/2`, `terminate/2` and `code_change/3`) and defines `init/1`
  plus the handlers it needs.

  Messages a server understands: `{:"$gen_call", from, request}` (from
  `call/3`), `{:"$gen_cast", request}` (from `cast/2`), `{:system, from,
  request}` (from `:sys` and `stop/3`), an `{:EXIT, parent, reason}` from
  the process that started it with `start_link/3` while it traps exits;
  everything else goes to `handle_info/2`.

  A callback's result may carry an extra element: a timeout in
  milliseconds (no message within it sends `:timeout` to `handle_info/2`),
  `:hibernate`, or `{:continue, term}` (`handle_continue/2` runs before the
  next message).  A `throw` inside a callback counts as its return value; a
  raise or an exit stops the server, running `terminate/2` first.
  """

  @doc """
  Starts a server linked to the caller and waits for `init/1`.

  Options: `:name` (an atom, `{:global, term}`, `{:via, module, term}` or
  nil), `:timeout` for `init/1` (default `:infinity`), and
  `:hibernate_after`, `:debug`, `:spawn_opt` (accepted).  Returns
  `{:ok, pid}`, `:ignore`, `{:error, {:already_started, pid}}` or
  `{:error, reason}`.
  """
  def start_link(module, init_arg, options \\ []) when is_atom(module) and is_list(options),
    do: do_start(:link, module, init_arg, options)

  @doc "Starts a server without a link; otherwise as `start_link/3`."
  def start(module, init_arg, options \\ []) when is_atom(module) and is_list(options),
    do: do_start(:nolink, module, init_arg, options)

  defp do_start(link, module, init_arg, options) do
    {name, options} = Keyword.pop(options, :name)

    case name do
      nil ->
        :ok

      atom when is_atom(atom) ->
        :ok

      {:global, _} ->
        :ok

      {:via, via, _} when is_atom(via) ->
        :ok

      other ->
        raise ArgumentError,
              "expected :name option to be one of the following:\n\n  * nil\n  * atom\n" <>
                "  * {:global, term}\n  * {:via, module, term}\n\nGot: " <> inspect(other) <> "\n"
    end

    case name != nil and whereis(name) do
      pid when is_pid(pid) -> {:error, {:already_started, pid}}
      _ -> spawn_server(link, name, module, init_arg, options)
    end
  end

  # Spawns the server and waits for its acknowledgement, the way
  # :proc_lib.start/start_link do: a linked start sees the server's EXIT
  # (when trapping exits), an unlinked one a monitor's :DOWN.
  defp spawn_server(link, name, module, init_arg, options) do
    timeout = Keyword.get(options, :timeout, :infinity)
    starter = self()
    ack = make_ref()
    parent = if link == :link, do: starter, else: nil
    run = fn -> __init_it__(starter, ack, parent, name, module, init_arg) end

    case link do
      :link ->
        pid = spawn_link(run)

        receive do
          {^ack, ^pid, result} ->
            result

          {:EXIT, ^pid, reason} ->
            {:error, reason}
        after
          timeout ->
            kill_flush(pid)
            {:error, :timeout}
        end

      :nolink ->
        {pid, mref} = spawn_monitor(run)

        receive do
          {^ack, ^pid, result} ->
            Process.demonitor(mref, [:flush])
            result

          {:DOWN, ^mref, :process, ^pid, reason} ->
            {:error, reason}
        after
          timeout ->
            Process.demonitor(mref, [:flush])
            kill_flush(pid)
            {:error, :timeout}
        end
    end
  end

  defp kill_flush(pid) do
    Process.unlink(pid)
    Process.exit(pid, :kill)

    receive do
      {:EXIT, ^pid, _} -> :ok
    after
      0 -> :ok
    end
  end

  @doc false
  def __init_it__(starter, ack, parent, name, module, init_arg) do
    case register_name(name) do
      :yes ->
        init_it(starter, ack, parent, name, module, init_arg)

      {:no, pid} ->
        send(starter, {ack, self(), {:error, {:already_started, pid}}})
        exit(:normal)
    end
  end

  defp init_it(starter, ack, parent, name, module, init_arg) do
    result =
      try do
        {:ok, module.init(init_arg)}
      catch
        :throw, value -> {:ok, value}
        :error, reason -> {:EXIT, {reason, __STACKTRACE__}}
        :exit, reason -> {:EXIT, reason}
      end

    info = {parent, name, module}

    case result do
      {:ok, {:ok, state}} ->
        send(starter, {ack, self(), {:ok, self()}})
        loop(info, state, :infinity)

      {:ok, {:ok, state, extra}} ->
        if valid_extra?(extra) do
          send(starter, {ack, self(), {:ok, self()}})
          loop(info, state, extra)
        else
          init_failed(starter, ack, name, {:bad_return_value, {:ok, state, extra}})
        end

      {:ok, {:stop, reason}} ->
        init_failed(starter, ack, name, reason)

      {:ok, :ignore} ->
        unregister_name(name)
        send(starter, {ack, self(), :ignore})
        exit(:normal)

      {:ok, other} ->
        init_failed(starter, ack, name, {:bad_return_value, other})

      {:EXIT, reason} ->
        init_failed(starter, ack, name, reason)
    end
  end

  defp init_failed(starter, ack, name, reason) do
    unregister_name(name)
    send(starter, {ack, self(), {:error, reason}})
    exit(reason)
  end

  defp valid_extra?(timeout) when is_integer(timeout) and timeout >= 0, do: true
  defp valid_extra?(:infinity), do: true
  defp valid_extra?(:hibernate), do: true
  defp valid_extra?({:continue, _}), do: true
  defp valid_extra?(_), do: false

  # --- the server loop ---

  defp loop(info, state, {:continue, continue}) do
    {_, _, module} = info
    result = callback(fn -> module.handle_continue(continue, state) end)
    handle_noreply(result, info, state, {:continue, continue})
  end

  defp loop(info, state, :hibernate), do: loop(info, state, :infinity)

  defp loop(info, state, :infinity) do
    receive do
      message -> handle_msg(message, info, state)
    end
  end

  defp loop(info, state, timeout) do
    receive do
      message -> handle_msg(message, info, state)
    after
      timeout -> handle_info(:timeout, info, state)
    end
  end

  defp handle_msg({:"$gen_call", from, request}, info, state) do
    {_, _, module} = info

    case callback(fn -> module.handle_call(request, from, state) end) do
      {:ok, {:reply, reply, new_state}} ->
        reply(from, reply)
        loop(info, new_state, :infinity)

      {:ok, {:reply, reply, new_state, extra}} = result ->
        if valid_extra?(extra) do
          reply(from, reply)
          loop(info, new_state, extra)
        else
          bad_return(result, info, state, request, from)
        end

      {:ok, {:stop, reason, reply, new_state}} ->
        try do
          terminate(reason, info, new_state, request, from, [])
        after
          reply(from, reply)
        end

      result ->
        handle_noreply(result, info, state, request, from)
    end
  end

  defp handle_msg({:"$gen_cast", request}, info, state) do
    {_, _, module} = info
    handle_noreply(callback(fn -> module.handle_cast(request, state) end), info, state, {:"$gen_cast", request})
  end

  defp handle_msg({:system, from, request}, info, state), do: system(from, request, info, state, :running)

  defp handle_msg({:EXIT, parent, reason} = message, {parent, _, _} = info, state) when is_pid(parent) do
    terminate(reason, info, state, message, nil, [])
  end

  defp handle_msg(message, info, state), do: handle_info(message, info, state)

  defp handle_info(message, info, state) do
    {_, name, module} = info

    if function_exported?(module, :handle_info, 2) do
      handle_noreply(callback(fn -> module.handle_info(message, state) end), info, state, message)
    else
      Logger.error(
        "undefined handle_info in " <> inspect(module) <> "\nUnhandled message: " <> inspect(message) <>
          report_name(name)
      )

      loop(info, state, :infinity)
    end
  end

  defp report_name(nil), do: ""
  defp report_name(name), do: " (" <> inspect(name) <> ")"

  # Runs a callback: a throw is its return value, a raise or exit becomes
  # {:EXIT, reason, stacktrace}.
  defp callback(fun) do
    try do
      {:ok, fun.()}
    catch
      :throw, value -> {:ok, value}
      :error, reason -> {:EXIT, {reason, __STACKTRACE__}, __STACKTRACE__}
      :exit, reason -> {:EXIT, reason, []}
    end
  end

  defp handle_noreply(result, info, state, message, from \\ nil) do
    case result do
      {:ok, {:noreply, new_state}} ->
        loop(info, new_state, :infinity)

      {:ok, {:noreply, new_state, extra}} = result ->
        if valid_extra?(extra),
          do: loop(info, new_state, extra),
          else: bad_return(result, info, state, message, from)

      {:ok, {:stop, reason, new_state}} ->
        terminate(reason, info, new_state, message, from, [])

      {:EXIT, reason, stacktrace} ->
        terminate(reason, info, state, message, from, stacktrace)

      result ->
        bad_return(result, info, state, message, from)
    end
  end

  defp bad_return({:ok, value}, info, state, message, from) do
    terminate({:bad_return_value, value}, info, state, message, from, [])
  end

  # Runs terminate/2, reports the failure unless the reason is a normal
  # one, and exits with the reason.
  defp terminate(reason, info, state, message, from, _stacktrace) do
    {_, name, module} = info

    if function_exported?(module, :terminate, 2) do
      case callback(fn -> module.terminate(reason, state) end) do
        {:EXIT, failure, _} ->
          report(failure, name, message, from, state)
          exit(failure)

        _ ->
          :ok
      end
    end

    case reason do
      :normal -> :ok
      :shutdown -> :ok
      {:shutdown, _} -> :ok
      _ -> report(reason, name, message, from, state)
    end

    exit(reason)
  end

  defp report(reason, name, message, from, state) do
    who = if name == nil, do: inspect(self()), else: inspect(name_term(name))

    last =
      case from do
        {pid, _} when is_pid(pid) -> "Last message (from " <> inspect(pid) <> "): " <> inspect(message)
        _ -> "Last message: " <> inspect(message)
      end

    client =
      case from do
        {pid, _} when is_pid(pid) ->
          "\nClient " <> inspect(pid) <> if(Process.alive?(pid), do: " is alive", else: " is dead")

        _ ->
          ""
      end

    Logger.error(
      "GenServer " <> who <> " terminating\n" <> format_reason(reason) <> "\n" <> last <> "\nState: " <>
        inspect(state) <> client
    )
  end

  defp name_term({:global, name}), do: name
  defp name_term({:via, _, name}), do: name
  defp name_term(name), do: name

  @doc false
  def __format_reason__(reason), do: format_reason(reason)

  defp format_reason({exception, stacktrace} = reason) when is_list(stacktrace) do
    if stacktrace?(stacktrace) do
      String.trim_trailing(Exception.format(:error, exception, stacktrace))
    else
      "** (stop) " <> inspect(reason)
    end
  end

  defp format_reason(reason), do: "** (stop) " <> inspect(reason)

  defp stacktrace?([]), do: true
  defp stacktrace?([{m, f, a, l} | rest]) when is_atom(m) and is_atom(f) and is_list(l) and (is_integer(a) or is_list(a)),
    do: stacktrace?(rest)

  defp stacktrace?([{f, a, l} | rest]) when is_function(f) and is_list(l) and (is_integer(a) or is_list(a)),
    do: stacktrace?(rest)

  defp stacktrace?(_), do: false

  # --- system messages (:sys and stop/3) ---

  # `mode` is :running or :suspended: where the server goes on afterwards.
  defp system(from, request, info, state, mode) do
    case request do
      :get_state ->
        reply(from, state)
        continue(info, state, mode)

      {:replace_state, fun} ->
        try do
          fun.(state)
        catch
          kind, reason ->
            reply(from, {:error, {:callback_failed, {:gen_server, :system_replace_state}, {kind, reason}}})
            continue(info, state, mode)
        else
          new_state ->
            reply(from, new_state)
            continue(info, new_state, mode)
        end

      :suspend ->
        reply(from, :ok)
        suspended(info, state)

      :resume ->
        reply(from, :ok)
        loop(info, state, :infinity)

      {:terminate, reason} ->
        terminate(reason, info, state, {:system, from, request}, nil, [])

      _ ->
        reply(from, {:error, :unknown_system_msg})
        continue(info, state, mode)
    end
  end

  defp continue(info, state, :running), do: loop(info, state, :infinity)
  defp continue(info, state, :suspended), do: suspended(info, state)

  # While suspended only system messages (and the parent's EXIT) are
  # handled; others wait in the mailbox.
  defp suspended(info, state) do
    receive do
      {:system, from, request} ->
        system(from, request, info, state, :suspended)

      {:EXIT, parent, reason} = message when parent == elem(info, 0) and is_pid(parent) ->
        terminate(reason, info, state, message, nil, [])
    end
  end

  # --- the client side ---

  @doc """
  Sends `request` to `server` and waits up to `timeout` milliseconds (or
  `:infinity`) for the reply of its `handle_call/3`.

  Exits with `{reason, {GenServer, :call, [server, request, timeout]}}`
  when the server does not exist (`:noproc`), is the caller
  (`:calling_self`), does not answer in time (`:timeout`), or dies before
  answering (its exit reason).  A reply that comes after the timeout is
  dropped: it never reaches the caller's mailbox.
  """
  def call(server, request, timeout \\ 5000) do
    case whereis(server) do
      nil ->
        exit({:noproc, {GenServer, :call, [server, request, timeout]}})

      pid when pid == self() ->
        exit({:calling_self, {GenServer, :call, [server, request, timeout]}})

      pid ->
        try do
          __call__(pid, :"$gen_call", request, timeout)
        catch
          :exit, reason -> exit({reason, {GenServer, :call, [server, request, timeout]}})
        end
    end
  end

  @doc false
  # Sends {label, {self(), tag}, request} and waits for {tag, reply}.  The
  # tag holds a monitor reference that is also an alias: once the caller
  # gives up, the alias is gone and a late reply is dropped by the VM.
  def __call__(pid, label, request, timeout) do
    mref = :erlang.monitor(:process, pid, [{:alias, :demonitor}])
    tag = [:alias | mref]
    send(pid, {label, {self(), tag}, request})

    receive do
      {[:alias | ^mref], reply} ->
        Process.demonitor(mref, [:flush])
        reply

      {:DOWN, ^mref, _, _, reason} ->
        exit(reason)
    after
      timeout ->
        Process.demonitor(mref, [:flush])

        receive do
          {[:alias | ^mref], reply} -> reply
        after
          0 -> exit(:timeout)
        end
    end
  end

  @doc """
  Sends `request` to `server` for its `handle_cast/2` without waiting;
  always returns `:ok`, even when the server does not exist.
  """
  def cast(server, request) do
    message = {:"$gen_cast", request}

    try do
      case server do
        {:global, name} -> :global.send(name, message)
        {:via, module, name} -> module.send(name, message)
        {name, node} when is_atom(name) and is_atom(node) -> send(name, message)
        dest -> send(dest, message)
      end
    catch
      _, _ -> :ok
    end

    :ok
  end

  @doc "Answers a call whose `from` a `handle_call/3` received; returns `:ok`."
  def reply({_pid, [:alias | ref] = tag}, reply) do
    send(ref, {tag, reply})
    :ok
  end

  def reply({pid, tag}, reply) when is_pid(pid) do
    send(pid, {tag, reply})
    :ok
  end

  @doc """
  Stops `server` with `reason`, running its `terminate/2`, and waits up to
  `timeout` for it to exit.  Returns `:ok`; exits with `{:noproc, ...}` if
  the server does not exist and `{:timeout, ...}` if it does not stop in
  time.
  """
  def stop(server, reason \\ :normal, timeout \\ :infinity) do
    case whereis(server) do
      nil ->
        exit({:noproc, {GenServer, :stop, [server, reason, timeout]}})

      pid when pid == self() ->
        exit({:calling_self, {GenServer, :stop, [server, reason, timeout]}})

      pid ->
        mref = Process.monitor(pid)
        send(pid, {:system, {self(), mref}, {:terminate, reason}})

        receive do
          {:DOWN, ^mref, _, _, ^reason} ->
            :ok

          {:DOWN, ^mref, _, _, other} ->
            exit({other, {GenServer, :stop, [server, reason, timeout]}})
        after
          timeout ->
            Process.demonitor(mref, [:flush])
            exit({:timeout, {GenServer, :stop, [server, reason, timeout]}})
        end
    end
  end

  @doc """
  The pid behind `server` (a pid, an atom, `{:global, name}`,
  `{:via, module, name}` or `{atom, node}`), or nil.
  """
  def whereis(server) when is_pid(server), do: server

  def whereis(server) when is_atom(server), do: Process.whereis(server)

  def whereis({:global, name}) do
    case :global.whereis_name(name) do
      pid when is_pid(pid) -> pid
      _ -> nil
    end
  end

  def whereis({:via, module, name}) do
    case module.whereis_name(name) do
      pid when is_pid(pid) -> pid
      _ -> nil
    end
  end

  def whereis({name, node}) when is_atom(name) and is_atom(node) do
    if node == node(), do: Process.whereis(name), else: nil
  end

  def whereis(_), do: nil

  @doc false
  # The defaults `use GenServer` puts in a module.
  def __unhandled__(:call, module, _message, _state) do
    raise RuntimeError, "attempted to call GenServer " <> inspect(proc_name(module)) <> " but no handle_call/3 clause was provided"
  end

  def __unhandled__(:cast, module, _message, _state) do
    raise RuntimeError, "attempted to cast GenServer " <> inspect(proc_name(module)) <> " but no handle_cast/2 clause was provided"
  end

  def __unhandled__(:info, module, message, state) do
    Logger.error(
      inspect(module) <> " " <> inspect(proc_name(module)) <> " received unexpected message in handle_info/2: " <>
        inspect(message)
    )

    {:noreply, state}
  end

  defp proc_name(_module) do
    case Process.info(self(), :registered_name) do
      {_, []} -> self()
      {_, name} -> name
      nil -> self()
    end
  end

  # --- names ---

  defp register_name(nil), do: :yes

  defp register_name(name) when is_atom(name) do
    try do
      Process.register(self(), name)
      :yes
    rescue
      _ -> {:no, Process.whereis(name)}
    end
  end

  defp register_name({:global, name}) do
    case :global.register_name(name, self()) do
      :yes -> :yes
      :no -> {:no, :global.whereis_name(name)}
    end
  end

  defp register_name({:via, module, name}) do
    case module.register_name(name, self()) do
      :yes -> :yes
      :no -> {:no, module.whereis_name(name)}
    end
  end

  defp unregister_name(nil), do: :ok

  defp unregister_name(name) when is_atom(name) do
    try do
      Process.unregister(name)
    rescue
      _ -> :ok
    end

    :ok
  end

  defp unregister_name({:global, name}), do: :global.unregister_name(name)
  defp unregister_name({:via, module, name}), do: module.unregister_name(name)
end
