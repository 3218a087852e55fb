defmodule Process do
  @moduledoc """
  Working with processes: the current process, links, monitors, exit
  signals, registered names, timers and the process dictionary.
  """

  @doc "Suspends the current process for `timeout` milliseconds (or :infinity)."
  def sleep(timeout) do
    receive do
    after
      timeout -> :ok
    end
  end

  @doc "Whether the process is alive."
  def alive?(pid), do: :erlang.is_process_alive(pid)

  @doc "Sends an exit signal with `reason` to `pid`."
  def exit(pid, reason) do
    :erlang.exit(pid, reason)
    true
  end

  @doc "Sets a process flag (:trap_exit, :priority), returning the old value."
  def flag(flag, value), do: :erlang.process_flag(flag, value)

  @doc "Links the current process to `pid`."
  def link(pid), do: :erlang.link(pid)

  @doc "Removes the link to `pid`."
  def unlink(pid), do: :erlang.unlink(pid)

  @doc "Monitors `pid_or_name`; returns the monitor's reference."
  def monitor(item), do: :erlang.monitor(:process, item)

  @doc "Removes a monitor; with [:flush], also its :DOWN message."
  def demonitor(ref, options \\ []), do: :erlang.demonitor(ref, options)

  @doc "Registers `pid` under `name`."
  def register(pid, name) when is_atom(name) do
    if name in [nil, false, true, :undefined] do
      raise ArgumentError, "registered name cannot be " <> inspect(name)
    end

    :erlang.register(name, pid)
  end

  @doc "Removes a registered name."
  def unregister(name), do: :erlang.unregister(name)

  @doc "The pid registered under `name`, or nil."
  def whereis(name) do
    case :erlang.whereis(name) do
      :undefined -> nil
      pid -> pid
    end
  end

  @doc "The registered names."
  def registered(), do: :erlang.registered()

  @doc "Every live process."
  def list(), do: :erlang.processes()

  @doc "`{item, value}` about a process, or nil when it is not alive."
  def info(pid, item) do
    case :erlang.process_info(pid, item) do
      :undefined -> nil
      {:registered_name, []} -> {:registered_name, []}
      result -> result
    end
  end

  @doc "Sends `message` to `dest`; options are accepted and ignored."
  def send(dest, message, _options) do
    :erlang.send(dest, message)
    :ok
  end

  @doc "Sends `message` to `dest` after `time` milliseconds; returns a timer reference."
  def send_after(dest, message, time, _options \\ []), do: :erlang.send_after(time, dest, message)

  @doc "Cancels a timer; the milliseconds it had left, or false."
  def cancel_timer(ref, _options \\ []), do: :erlang.cancel_timer(ref)

  @doc "The milliseconds a timer has left, or false."
  def read_timer(ref), do: :erlang.read_timer(ref)

  @doc "The process dictionary value for `key`, or `default`."
  def get(key, default \\ nil) do
    case :erlang.get(key) do
      :undefined -> default
      value -> value
    end
  end

  @doc "The whole process dictionary."
  def get(), do: :erlang.get()

  @doc "Stores `value` under `key`; returns the old value or nil."
  def put(key, value) do
    case :erlang.put(key, value) do
      :undefined -> nil
      old -> old
    end
  end

  @doc "Deletes `key`; returns its value or nil."
  def delete(key) do
    case :erlang.erase(key) do
      :undefined -> nil
      old -> old
    end
  end

  @doc "The keys of the process dictionary."
  def get_keys(), do: Enum.map(:erlang.get(), fn {k, _} -> k end)

  @doc "The keys whose value is `value`."
  def get_keys(value), do: for({k, v} <- :erlang.get(), v === value, do: k)
end
