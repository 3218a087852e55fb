# A key-value server with many concurrent clients; replies are matched by ref
defmodule KV do
  def loop(map) do
    receive do
      {:put, from, ref, k, v} ->
        send(from, {ref, Map.get(map, k)})
        loop(Map.put(map, k, v))
      {:get, from, ref, k} ->
        send(from, {ref, Map.get(map, k)})
        loop(map)
      {:dump, from, ref} ->
        send(from, {ref, map})
        loop(map)
    end
  end

  def call(server, msg_fun) do
    ref = make_ref()
    send(server, msg_fun.(self(), ref))
    receive do
      {^ref, reply} -> reply
    end
  end

  def run do
    server = spawn(fn -> loop(%{}) end)
    Process.register(server, :kv)
    parent = self()
    clients =
      for c <- 1..20 do
        spawn(fn ->
          for k <- 1..10 do
            call(:kv, fn from, ref -> {:put, from, ref, {c, k}, c * k} end)
          end
          got = for k <- 1..10, do: call(:kv, fn from, ref -> {:get, from, ref, {c, k}} end)
          send(parent, {:client, c, Enum.sum(got)})
        end)
      end
    sums = for _ <- clients, do: (receive do {:client, c, s} -> {c, s} end)
    IO.inspect(Enum.sort(sums))
    all = call(server, fn from, ref -> {:dump, from, ref} end)
    IO.inspect(map_size(all))
    IO.inspect(all[{7, 3}])
    IO.inspect(call(:kv, fn from, ref -> {:put, from, ref, {7, 3}, :replaced} end))
    IO.inspect(call(:kv, fn from, ref -> {:get, from, ref, {7, 3}} end))
    IO.inspect(call(:kv, fn from, ref -> {:get, from, ref, :missing} end))
  end
end

KV.run()
