defmodule System do
  @moduledoc "The world outside the VM: arguments, clocks, environment, halting."

  @doc "The command-line arguments after the script name."
  def argv(), do: :beamlet.argv()

  @doc "Monotonic time in `unit` (:second, :millisecond, :microsecond, :nanosecond, :native)."
  def monotonic_time(), do: :erlang.monotonic_time()
  def monotonic_time(unit), do: :erlang.monotonic_time(unit)

  @doc "Wall-clock time since the Unix epoch in `unit`."
  def system_time(), do: :erlang.system_time()
  def system_time(unit), do: :erlang.system_time(unit)

  @doc "Wall-clock time since the Unix epoch in `unit` (same as system_time)."
  def os_time(unit \\ :native), do: :erlang.system_time(unit)

  @doc "Stops the VM with exit status `status` (0 by default)."
  def halt(status \\ 0)
  def halt(status) when is_integer(status), do: :beamlet.halt(status)
  def halt(:abort), do: :beamlet.halt(134)

  @doc "The number of schedulers running processes."
  def schedulers_online(), do: :beamlet.schedulers_online()

  @doc "The value of an environment variable, or `default`."
  def get_env(name, default \\ nil) when is_binary(name) do
    case :beamlet.getenv(name) do
      nil -> default
      value -> value
    end
  end

  @doc "The value of an environment variable; raises if it is not set."
  def fetch_env!(name) when is_binary(name) do
    case :beamlet.getenv(name) do
      nil -> raise ArgumentError, "could not fetch environment variable " <> inspect(name) <> " because it is not set"
      value -> value
    end
  end
end
