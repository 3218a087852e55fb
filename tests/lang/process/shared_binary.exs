# A large binary sent to 200 processes; each returns a slice; the original stays intact
defmodule SharedBin do
  def run do
    parent = self()
    bin = :erlang.list_to_binary(Enum.map(0..9999, &rem(&1, 256)))
    refs =
      for i <- 1..200 do
        spawn_monitor(fn ->
          receive do
            {:bin, b} -> send(parent, {:slice, i, binary_part(b, i, 3), byte_size(b)})
          end
        end)
      end
    for {p, _} <- refs, do: send(p, {:bin, bin})
    slices = for _ <- refs, do: (receive do {:slice, i, s, sz} -> {i, s, sz} end)
    for {_, r} <- refs do
      receive do
        {:DOWN, ^r, :process, _, :normal} -> :ok
      end
    end
    IO.inspect(Enum.all?(slices, fn {i, s, sz} -> s == <<i, i + 1, i + 2>> and sz == 10000 end))
    IO.inspect(Enum.sort(slices) |> Enum.take(2))
    IO.inspect({byte_size(bin), bin == :erlang.list_to_binary(Enum.map(0..9999, &rem(&1, 256)))})
  end
end

SharedBin.run()
