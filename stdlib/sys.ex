defmodule :sys do
  @moduledoc """
  System messages to GenServer-based processes (servers, agents,
  supervisors): read or replace the state, suspend and resume.

  A suspended server answers only system messages; its other messages
  wait in its mailbox until `resume/1`.
  """

  @doc "The state of the server."
  def get_state(server, timeout \\ 5000), do: send_system(server, :get_state, timeout, :get_state, [server] ++ t(timeout))

  @doc """
  Replaces the server's state with `fun.(state)` and returns it.  If `fun`
  raises, the state is left as it was and the caller gets the error
  `{:callback_failed, ...}`.
  """
  def replace_state(server, fun, timeout \\ 5000) when is_function(fun, 1) do
    case send_system(server, {:replace_state, fun}, timeout, :replace_state, [server, fun] ++ t(timeout)) do
      {:error, {:callback_failed, _, _} = reason} -> :erlang.error(reason)
      state -> state
    end
  end

  @doc "Suspends the server: only system messages are handled until `resume/1`."
  def suspend(server, timeout \\ 5000), do: send_system(server, :suspend, timeout, :suspend, [server] ++ t(timeout))

  @doc "Resumes a suspended server."
  def resume(server, timeout \\ 5000), do: send_system(server, :resume, timeout, :resume, [server] ++ t(timeout))

  @doc "Stops the server with `reason`, running its terminate callback."
  def terminate(server, reason, timeout \\ :infinity) do
    try do
      GenServer.stop(server, reason, timeout)
    catch
      :exit, {why, _} -> exit({why, {:sys, :terminate, [server, reason, timeout]}})
    end
  end

  defp t(5000), do: []
  defp t(timeout), do: [timeout]

  defp send_system(server, request, timeout, function, args) do
    case GenServer.whereis(server) do
      nil ->
        exit({:noproc, {:sys, function, args}})

      pid ->
        try do
          GenServer.__call__(pid, :system, request, timeout)
        catch
          :exit, reason -> exit({reason, {:sys, function, args}})
        end
    end
  end
end
