defmodule Logger do
  @moduledoc """
  Log messages on standard error, filtered by a level set for the whole VM.

  The levels, from least to most severe: `:debug`, `:info`, `:notice`,
  `:warning`, `:error`, `:critical`, `:alert`, `:emergency`.  A message is
  printed when its level is at least the configured one (`:debug` at
  start); `:all` prints everything and `:none` nothing.  Crash reports of
  processes, GenServers, Tasks and Supervisors go through here at level
  `:error`, so `Logger.configure(level: :none)` silences them.

  Messages are strings (or other chardata), or zero-arity functions that
  return one and are called only when the message is printed.
  """

  @levels [:debug, :info, :notice, :warning, :error, :critical, :alert, :emergency]

  @doc "Sets options; the one option is `level:`."
  def configure(options) do
    case Keyword.fetch(options, :level) do
      {:ok, level} ->
        level = normalize(level)

        unless level in [:all, :none] or level in @levels do
          raise ArgumentError, "invalid :level option, got: " <> inspect(level)
        end

        :persistent_term.put({Logger, :level}, level)

      :error ->
        :ok
    end

    :ok
  end

  @doc "The configured level."
  def level(), do: :persistent_term.get({Logger, :level}, :debug)

  @doc "Whether a message at `level` would be printed."
  def enabled?(level), do: compare(normalize(level), level())

  @doc "Logs `message` at the `:debug` level."
  def debug(message, metadata \\ []), do: log(:debug, message, metadata)

  @doc "Logs `message` at the `:info` level."
  def info(message, metadata \\ []), do: log(:info, message, metadata)

  @doc "Logs `message` at the `:notice` level."
  def notice(message, metadata \\ []), do: log(:notice, message, metadata)

  @doc "Logs `message` at the `:warning` level."
  def warning(message, metadata \\ []), do: log(:warning, message, metadata)

  @doc "Logs `message` at the `:warning` level (the older name)."
  def warn(message, metadata \\ []), do: log(:warning, message, metadata)

  @doc "Logs `message` at the `:error` level."
  def error(message, metadata \\ []), do: log(:error, message, metadata)

  @doc "Logs `message` at the `:critical` level."
  def critical(message, metadata \\ []), do: log(:critical, message, metadata)

  @doc "Logs `message` at the `:alert` level."
  def alert(message, metadata \\ []), do: log(:alert, message, metadata)

  @doc "Logs `message` at the `:emergency` level."
  def emergency(message, metadata \\ []), do: log(:emergency, message, metadata)

  @doc "Logs `message` at `level`; returns `:ok`."
  def log(level, message, _metadata \\ []) do
    level = normalize(level)

    unless level in @levels do
      raise ArgumentError, "invalid level for Logger.log/2: " <> inspect(level)
    end

    if compare(level, level()) do
      text =
        case message do
          fun when is_function(fun, 0) -> fun.()
          other -> other
        end

      text = if is_binary(text), do: text, else: IO.chardata_to_string(text)
      IO.write(:stderr, "\n" <> timestamp() <> " [" <> Atom.to_string(level) <> "] " <> text <> "\n")
    end

    :ok
  end

  defp normalize(:warn), do: :warning
  defp normalize(level), do: level

  defp compare(_level, :all), do: true
  defp compare(_level, :none), do: false
  defp compare(level, min), do: rank(level) >= rank(min)

  defp rank(level), do: rank(level, @levels, 0)
  defp rank(level, [level | _], n), do: n
  defp rank(level, [_ | rest], n), do: rank(level, rest, n + 1)
  defp rank(_level, [], n), do: n

  # The UTC time of day, as hh:mm:ss.mmm.
  defp timestamp() do
    ms = rem(:erlang.system_time(:millisecond), 86_400_000)
    s = div(ms, 1000)

    pad(div(s, 3600), 2) <> ":" <> pad(rem(div(s, 60), 60), 2) <> ":" <> pad(rem(s, 60), 2) <> "." <> pad(rem(ms, 1000), 3)
  end

  defp pad(n, width), do: String.pad_leading(Integer.to_string(n), width, "0")
end
