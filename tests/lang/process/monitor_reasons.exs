# Exit reasons of many shapes observed through monitors
defmodule MonReasons do
  def run do
    reasons = [
      :normal,
      :shutdown,
      {:shutdown, :timeout},
      {:shutdown, {:nested, [1, 2]}},
      :boom,
      {:error, "text", 42},
      "a string reason",
      12345,
      [1, :two, "three"],
      %{code: 7, why: :because},
      {:a, {:b, {:c, []}}}
    ]
    for r <- reasons do
      {pid, ref} = spawn_monitor(fn -> exit(r) end)
      receive do
        {:DOWN, ^ref, :process, ^pid, got} -> IO.inspect(got == r, label: inspect(got))
      end
    end
    {pid, ref} = spawn_monitor(fn -> :returned end)
    receive do
      {:DOWN, ^ref, :process, ^pid, got} -> IO.inspect({:fell_off_end, got})
    end
  end
end

MonReasons.run()
