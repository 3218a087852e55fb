# Micro-benchmark: N times spawn a process that exits at once and wait for its
# :DOWN message through a monitor (default 10,000): one process at a time.
# Prints how many exited normally; no timing.
# Parameters: NAME=VALUE after the script name, else the environment variable NAME.
defmodule Param do
  def int(name, default) do
    case get(name) do
      nil -> default
      value -> String.to_integer(value)
    end
  end

  def get(name) do
    prefix = name <> "="

    case Enum.find(System.argv(), &String.starts_with?(&1, prefix)) do
      nil -> System.get_env(name)
      arg -> String.replace_prefix(arg, prefix, "")
    end
  end
end

defmodule SpawnExit do
  def loop(0, acc), do: acc

  def loop(n, acc) do
    {pid, ref} = spawn_monitor(fn -> :ok end)

    receive do
      {:DOWN, ^ref, :process, ^pid, :normal} -> loop(n - 1, acc + 1)
    end
  end
end

n = Param.int("N", 10_000)
IO.puts("spawn n=#{n} result=#{SpawnExit.loop(n, 0)}")
