defmodule Registry do
  @moduledoc """
  A local key-value store of processes: a process registers itself under
  a key with a value, and others look the key up.

  A registry has `:unique` keys (one process per key) or `:duplicate`
  keys (any number of entries per key, even from the same process).  It
  is a supervisor registered under the registry's name, with one child,
  the partition `Name.PIDPartition0`: a `GenServer` whose state holds the
  entries in maps (beamlet has no ETS, so every function is a request to
  that process).  Registering links the caller to the partition, which
  traps exits: when a registered process exits, its entries vanish.

  `{:via, Registry, {registry, key}}` (or `{registry, key, value}`) names
  a `GenServer` or `Agent` in a registry with unique keys.
  """

  @doc """
  The child specification that starts a registry with `options` under a
  supervisor; its id is the `:name` option.
  """
  def child_spec(options) do
    %{id: Keyword.get(options, :name, Registry), start: {Registry, :start_link, [options]}, type: :supervisor}
  end

  @doc """
  Starts a registry linked to the caller.

  Options: `:keys` (`:unique` or `:duplicate`, required), `:name` (an
  atom, required), `:meta` (a keyword list read by `meta/2`),
  `:listeners` (names of processes told `{:register, registry, key, pid,
  value}` and `{:unregister, registry, key, pid}`), `:partitions`
  (validated; a single partition serves every key) and `:compressed`
  (validated, no effect).  Bad options raise `ArgumentError`.
  """
  def start_link(options) do
    kind = Keyword.get(options, :keys)

    unless kind in [:unique, :duplicate] do
      raise ArgumentError, "expected :keys to be given and be one of :unique or :duplicate, got: " <> inspect(kind)
    end

    name =
      case Keyword.fetch(options, :name) do
        {:ok, name} when is_atom(name) -> name
        {:ok, other} -> raise ArgumentError, "expected :name to be an atom, got: " <> inspect(other)
        :error -> raise ArgumentError, "expected :name option to be present"
      end

    meta = Keyword.get(options, :meta, [])

    unless Keyword.keyword?(meta) do
      raise ArgumentError, "expected :meta to be a keyword list, got: " <> inspect(meta)
    end

    partitions = Keyword.get(options, :partitions, 1)

    unless is_integer(partitions) and partitions >= 1 do
      raise ArgumentError, "expected :partitions to be a positive integer, got: " <> inspect(partitions)
    end

    listeners = Keyword.get(options, :listeners, [])

    unless is_list(listeners) and Enum.all?(listeners, fn l -> is_atom(l) end) do
      raise ArgumentError, "expected :listeners to be a list of named processes, got: " <> inspect(listeners)
    end

    compressed = Keyword.get(options, :compressed, false)

    unless is_boolean(compressed) do
      raise ArgumentError, "expected :compressed to be a boolean, got: " <> inspect(compressed)
    end

    Supervisor.start_link(Registry.Supervisor, {kind, name, listeners, meta}, name: name)
  end

  @doc """
  Registers the calling process under `key` with `value`.

  Returns `{:ok, owner}` (the partition process, now linked to the
  caller) or, with unique keys, `{:error, {:already_registered, pid}}`
  when a live process holds the key.
  """
  def register(registry, key, value) when is_atom(registry) do
    request(registry, {:register, key, self(), value})
  end

  @doc "Removes the caller's entries under `key`; always `:ok`."
  def unregister(registry, key) when is_atom(registry) do
    request(registry, {:unregister, key, self()})
  end

  @doc "The `{pid, value}` entries under `key` (with unique keys, only a live process)."
  def lookup(registry, key) when is_atom(registry) do
    {_kind, entries} = request(registry, {:lookup, key})
    entries
  end

  @doc "The keys `pid` is registered under, last registered first."
  def keys(registry, pid) when is_atom(registry) and is_pid(pid) do
    request(registry, {:keys, pid})
  end

  @doc "The values `pid` registered under `key`."
  def values(registry, key, pid) when is_atom(registry) and is_pid(pid) do
    {_kind, entries} = request(registry, {:lookup, key})
    for {^pid, value} <- entries, do: value
  end

  @doc "The number of entries in the registry."
  def count(registry) when is_atom(registry), do: request(registry, :count)

  @doc """
  Calls `fun` (or `{module, function, args}` with the entries prepended
  to `args`) with the entries under `key`, in the caller, unless there
  are none.  Returns `:ok`.
  """
  def dispatch(registry, key, mfa_or_fun, _options \\ []) when is_atom(registry) do
    case lookup(registry, key) do
      [] -> :ok
      entries -> apply_entries(mfa_or_fun, entries)
    end

    :ok
  end

  defp apply_entries({module, function, args}, entries), do: apply(module, function, [entries | args])
  defp apply_entries(fun, entries), do: fun.(entries)

  @doc """
  Replaces the caller's value under a unique `key` with `callback.(old)`
  and returns `{new, old}`, or `:error` if the caller does not hold the
  key.  The callback runs in the caller.
  """
  def update_value(registry, key, callback) when is_atom(registry) and is_function(callback, 1) do
    me = self()

    case request(registry, {:lookup, key}) do
      {:unique, [{^me, current}]} ->
        new_value = callback.(current)
        :ok = request(registry, {:put_value, key, me, new_value})
        {new_value, current}

      {:unique, _} ->
        :error

      {kind, _} ->
        raise ArgumentError, "Registry.update_value/3 is not supported for " <> Atom.to_string(kind) <> " registries"
    end
  end

  @doc "The metadata `key` given with `:meta` or `put_meta/3`: `{:ok, value}` or `:error`."
  def meta(registry, key) when is_atom(registry) and (is_atom(key) or is_tuple(key)) do
    if Process.whereis(__partition__(registry)) == nil do
      raise ArgumentError,
            "unknown registry: " <> inspect(registry) <>
              ". Either the registry name is invalid or the registry is not running," <>
              " possibly because its application isn't started"
    end

    request(registry, {:meta, key})
  end

  @doc "Stores metadata `value` under `key`; returns `:ok`."
  def put_meta(registry, key, value) when is_atom(registry) and (is_atom(key) or is_tuple(key)) do
    request(registry, {:put_meta, key, value})
  end

  @doc "For `{:via, Registry, ...}` names: registers `pid` (the caller) and answers `:yes` or `:no`."
  def register_name({registry, key}, pid) when pid == self(), do: register_name({registry, key, nil}, pid)

  def register_name({registry, key, value}, pid) when pid == self() do
    case register(registry, key, value) do
      {:ok, _} -> :yes
      {:error, _} -> :no
    end
  end

  @doc "For `{:via, Registry, ...}` names: the process under the key, or `:undefined`."
  def whereis_name({registry, key}), do: whereis(registry, key)
  def whereis_name({registry, key, _value}), do: whereis(registry, key)

  defp whereis(registry, key) do
    case request(registry, {:lookup, key}) do
      {:unique, [{pid, _}]} -> pid
      {:unique, []} -> :undefined
      {kind, _} -> raise ArgumentError, ":via is not supported for " <> Atom.to_string(kind) <> " registries"
    end
  end

  @doc "For `{:via, Registry, ...}` names: unregisters the caller; returns `:ok`."
  def unregister_name({registry, key}), do: unregister(registry, key)
  def unregister_name({registry, key, _value}), do: unregister(registry, key)

  @doc """
  For `{:via, Registry, ...}` names: sends `message` to the process under
  the key; raises `ArgumentError` (badarg) if there is none.
  """
  def send({registry, key}, message) do
    case lookup(registry, key) do
      [{pid, _}] -> Kernel.send(pid, message)
      [] -> :erlang.error(:badarg, [{registry, key}, message])
    end
  end

  def send({registry, key, _value}, message), do: Registry.send({registry, key}, message)

  defp request(registry, message) do
    case Process.whereis(__partition__(registry)) do
      nil -> raise ArgumentError, "unknown registry: " <> inspect(registry)
      partition -> GenServer.call(partition, message, :infinity)
    end
  end

  @doc false
  # The registered name of the registry's partition: Name.PIDPartition0.
  def __partition__(registry) do
    name =
      case Atom.to_string(registry) do
        "Elixir." <> rest -> rest
        other -> other
      end

    :erlang.binary_to_atom("Elixir." <> name <> ".PIDPartition0")
  end
end

defmodule Registry.Supervisor do
  @moduledoc """
  The process registered under a `Registry`'s name: a supervisor of its
  partition.
  """

  @doc "The partition as the only child, under `:one_for_all`."
  def init({kind, registry, listeners, meta}) do
    name = Registry.__partition__(registry)
    start = {Registry.Partition, :start_link, [name, {kind, registry, listeners, meta}]}
    Supervisor.init([%{id: name, start: start}], strategy: :one_for_all)
  end
end

defmodule Registry.Partition do
  @moduledoc """
  The process that holds a `Registry`'s entries.

  Its state: `keys` maps each key to its `{pid, value}` entries in
  registration order; `owners` maps each registered process to its keys,
  last registered first; `meta` holds the metadata.  The partition traps
  exits and is linked to every registered process, so the exit of one
  removes its entries.
  """

  @doc "Starts the partition under `name`."
  def start_link(name, arg), do: GenServer.start_link(__MODULE__, arg, name: name)

  @doc "An empty registry of `kind`."
  def init({kind, registry, listeners, meta}) do
    Process.flag(:trap_exit, true)
    {:ok, %{kind: kind, registry: registry, listeners: listeners, meta: Map.new(meta), keys: %{}, owners: %{}}}
  end

  @doc "Answers the requests of the `Registry` functions."
  def handle_call({:register, key, pid, value}, _from, state) do
    entries = Map.get(state.keys, key, [])

    case {state.kind, entries} do
      {:unique, [{owner, _}]} ->
        if Process.alive?(owner),
          do: {:reply, {:error, {:already_registered, owner}}, state},
          else: {:reply, {:ok, self()}, add_entry(remove_entries(state, key, owner), key, pid, value)}

      _ ->
        {:reply, {:ok, self()}, add_entry(state, key, pid, value)}
    end
  end

  def handle_call({:unregister, key, pid}, _from, state) do
    state = remove_entries(state, key, pid)
    notify(state, {:unregister, state.registry, key, pid})
    {:reply, :ok, state}
  end

  def handle_call({:lookup, key}, _from, state) do
    entries = Map.get(state.keys, key, [])

    entries =
      if state.kind == :unique,
        do: Enum.filter(entries, fn {pid, _} -> Process.alive?(pid) end),
        else: entries

    {:reply, {state.kind, entries}, state}
  end

  def handle_call({:keys, pid}, _from, state) do
    keys = Map.get(state.owners, pid, [])
    {:reply, if(state.kind == :unique, do: Enum.uniq(keys), else: keys), state}
  end

  def handle_call(:count, _from, state) do
    {:reply, Enum.reduce(Map.values(state.keys), 0, fn entries, n -> n + length(entries) end), state}
  end

  def handle_call({:put_value, key, pid, value}, _from, state) do
    entries = for {p, v} <- Map.get(state.keys, key, []), do: if(p == pid, do: {p, value}, else: {p, v})
    {:reply, :ok, %{state | keys: Map.put(state.keys, key, entries)}}
  end

  def handle_call({:meta, key}, _from, state), do: {:reply, Map.fetch(state.meta, key), state}

  def handle_call({:put_meta, key, value}, _from, state),
    do: {:reply, :ok, %{state | meta: Map.put(state.meta, key, value)}}

  defp add_entry(state, key, pid, value) do
    Process.link(pid)
    notify(state, {:register, state.registry, key, pid, value})

    %{
      state
      | keys: Map.put(state.keys, key, Map.get(state.keys, key, []) ++ [{pid, value}]),
        owners: Map.put(state.owners, pid, [key | Map.get(state.owners, pid, [])])
    }
  end

  # Removes the entries of `pid` under `key`; once `pid` holds no key it
  # is unlinked.
  defp remove_entries(state, key, pid) do
    entries = for {p, _} = entry <- Map.get(state.keys, key, []), p != pid, do: entry
    keys = if entries == [], do: Map.delete(state.keys, key), else: Map.put(state.keys, key, entries)

    owners =
      case Map.fetch(state.owners, pid) do
        {:ok, owned} ->
          case for(k <- owned, k != key, do: k) do
            [] ->
              Process.unlink(pid)
              Map.delete(state.owners, pid)

            rest ->
              Map.put(state.owners, pid, rest)
          end

        :error ->
          state.owners
      end

    %{state | keys: keys, owners: owners}
  end

  defp notify(state, message) do
    for listener <- state.listeners, do: Kernel.send(listener, message)
    :ok
  end

  @doc "Drops the entries of a registered process that exited."
  def handle_info({:EXIT, pid, _reason}, state) do
    owned = Map.get(state.owners, pid, [])
    {:noreply, Enum.reduce(Enum.uniq(owned), state, &remove_entries(&2, &1, pid))}
  end

  def handle_info(_message, state), do: {:noreply, state}

  @doc "Nothing to clean: the entries go with the process."
  def terminate(_reason, _state), do: :ok
end
