defmodule Agent do
  @moduledoc """
  A process that holds a state, read and changed through functions sent to
  it.  An agent is a GenServer (its callbacks are in `Agent.Server`), so
  names, timeouts, `:sys` and supervision work as they do for servers.

  Every function comes in two forms: with an anonymous function, and with
  `module, function, args`, in which case the state is passed as the first
  argument before `args`.
  """

  @doc """
  Starts an agent linked to the caller; its state is what `fun` returns.
  Options as `GenServer.start_link/3`.
  """
  def start_link(fun, options \\ []) when is_function(fun, 0),
    do: GenServer.start_link(Agent.Server, fun, options)

  @doc "Starts a linked agent whose state is `apply(module, fun, args)`."
  def start_link(module, fun, args, options \\ []),
    do: GenServer.start_link(Agent.Server, {module, fun, args}, options)

  @doc "Starts an agent without a link."
  def start(fun, options \\ []) when is_function(fun, 0),
    do: GenServer.start(Agent.Server, fun, options)

  @doc "Starts an agent without a link, its state from `apply(module, fun, args)`."
  def start(module, fun, args, options \\ []),
    do: GenServer.start(Agent.Server, {module, fun, args}, options)

  @doc "Returns `fun.(state)`; the state is unchanged."
  def get(agent, fun, timeout \\ 5000) when is_function(fun, 1),
    do: GenServer.call(agent, {:get, fun}, timeout)

  @doc "Returns `apply(module, fun, [state | args])`."
  def get(agent, module, fun, args, timeout \\ 5000),
    do: GenServer.call(agent, {:get, {module, fun, args}}, timeout)

  @doc """
  Calls `fun.(state)`, which must return `{reply, new_state}`: the agent
  keeps `new_state` and the caller gets `reply`.  Any other result stops
  the agent with `{:bad_return_value, result}`.
  """
  def get_and_update(agent, fun, timeout \\ 5000) when is_function(fun, 1),
    do: GenServer.call(agent, {:get_and_update, fun}, timeout)

  @doc "`get_and_update/3` with `apply(module, fun, [state | args])`."
  def get_and_update(agent, module, fun, args, timeout \\ 5000),
    do: GenServer.call(agent, {:get_and_update, {module, fun, args}}, timeout)

  @doc "Replaces the state with `fun.(state)` and waits for it; returns `:ok`."
  def update(agent, fun, timeout \\ 5000) when is_function(fun, 1),
    do: GenServer.call(agent, {:update, fun}, timeout)

  @doc "`update/3` with `apply(module, fun, [state | args])`."
  def update(agent, module, fun, args, timeout \\ 5000),
    do: GenServer.call(agent, {:update, {module, fun, args}}, timeout)

  @doc "Replaces the state with `fun.(state)` without waiting; returns `:ok`."
  def cast(agent, fun) when is_function(fun, 1), do: GenServer.cast(agent, {:cast, fun})

  @doc "`cast/2` with `apply(module, fun, [state | args])`."
  def cast(agent, module, fun, args), do: GenServer.cast(agent, {:cast, {module, fun, args}})

  @doc "Stops the agent with `reason`; returns `:ok`."
  def stop(agent, reason \\ :normal, timeout \\ :infinity), do: GenServer.stop(agent, reason, timeout)

  @doc "The child specification that starts an agent under a supervisor."
  def child_spec(arg), do: %{id: Agent, start: {Agent, :start_link, [arg]}}
end

defmodule Agent.Server do
  @moduledoc false

  def init(fun), do: {:ok, run(fun, [])}

  def handle_call({:get, fun}, _from, state), do: {:reply, run(fun, [state]), state}

  def handle_call({:get_and_update, fun}, _from, state) do
    case run(fun, [state]) do
      {reply, state} -> {:reply, reply, state}
      other -> {:stop, {:bad_return_value, other}, state}
    end
  end

  def handle_call({:update, fun}, _from, state), do: {:reply, :ok, run(fun, [state])}

  def handle_call(message, from, state), do: GenServer.__unhandled__(:call, Agent.Server, {message, from}, state)

  def handle_cast({:cast, fun}, state), do: {:noreply, run(fun, [state])}

  def handle_cast(message, state), do: GenServer.__unhandled__(:cast, Agent.Server, message, state)

  def code_change(_old, state, fun), do: {:ok, run(fun, [state])}

  defp run({module, fun, args}, extra), do: apply(module, fun, extra ++ args)
  defp run(fun, extra), do: apply(fun, extra)
end
