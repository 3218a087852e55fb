defmodule :global do
  @moduledoc """
  Names that are any term, for `{:global, name}` in GenServer, Agent and
  Supervisor options.  beamlet runs a single node, so these names are
  local to the VM: a name server process, started on first use, keeps the
  table and drops a name when its process exits.
  """

  @doc "Registers `pid` under `name`: `:yes`, or `:no` if the name is taken."
  def register_name(name, pid) when is_pid(pid), do: request({:register, name, pid})

  @doc "Removes `name`; returns `:ok`."
  def unregister_name(name), do: request({:unregister, name})

  @doc "The pid registered under `name`, or `:undefined`."
  def whereis_name(name), do: request({:whereis, name})

  @doc "Every registered name."
  def registered_names(), do: request(:names)

  @doc "Sends `message` to the process registered under `name`; exits if there is none."
  def send(name, message) do
    case whereis_name(name) do
      pid when is_pid(pid) ->
        Kernel.send(pid, message)
        pid

      :undefined ->
        exit({:badarg, {name, message}})
    end
  end

  defp request(request) do
    server = server()
    ref = Process.monitor(server)
    Kernel.send(server, {self(), ref, request})

    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply

      {:DOWN, ^ref, _, _, _} ->
        request(request)
    end
  end

  defp server() do
    case Process.whereis(:beamlet_global_names) do
      nil ->
        pid = spawn(fn -> loop(%{}, %{}) end)

        try do
          Process.register(pid, :beamlet_global_names)
          pid
        rescue
          _ ->
            Process.exit(pid, :kill)
            server()
        end

      pid ->
        pid
    end
  end

  # names: name => {pid, monitor}; monitors: monitor => name
  defp loop(names, monitors) do
    receive do
      {from, ref, {:register, name, pid}} ->
        if Map.has_key?(names, name) do
          Kernel.send(from, {ref, :no})
          loop(names, monitors)
        else
          mref = Process.monitor(pid)
          Kernel.send(from, {ref, :yes})
          loop(Map.put(names, name, {pid, mref}), Map.put(monitors, mref, name))
        end

      {from, ref, {:unregister, name}} ->
        Kernel.send(from, {ref, :ok})

        case Map.pop(names, name) do
          {nil, _} ->
            loop(names, monitors)

          {{_pid, mref}, names} ->
            Process.demonitor(mref, [:flush])
            loop(names, Map.delete(monitors, mref))
        end

      {from, ref, {:whereis, name}} ->
        reply =
          case Map.fetch(names, name) do
            {:ok, {pid, _}} -> pid
            :error -> :undefined
          end

        Kernel.send(from, {ref, reply})
        loop(names, monitors)

      {from, ref, :names} ->
        Kernel.send(from, {ref, Map.keys(names)})
        loop(names, monitors)

      {:DOWN, mref, :process, _, _} ->
        case Map.pop(monitors, mref) do
          {nil, _} -> loop(names, monitors)
          {name, monitors} -> loop(Map.delete(names, name), monitors)
        end
    end
  end
end
