# send/2 returns the message; sending to a dead pid is silent; pids travel in messages
defmodule SendRet do
  def run do
    IO.inspect(send(self(), {:a, 1}))
    receive do
      {:a, 1} -> :ok
    end
    {dead, ref} = spawn_monitor(fn -> :ok end)
    receive do
      {:DOWN, ^ref, :process, ^dead, _} -> :ok
    end
    IO.inspect(send(dead, :into_the_void))
    parent = self()
    relay = spawn(fn ->
      receive do
        {:forward_to, target, msg} -> send(target, {:relayed, msg})
      end
    end)
    final = spawn(fn ->
      receive do
        {:relayed, msg} -> send(parent, {:final_got, msg})
      end
    end)
    send(relay, {:forward_to, final, :payload})
    receive do
      {:final_got, m} -> IO.inspect(m)
    end
    IO.inspect(:erlang.send(self(), :erl_send))
    receive do
      :erl_send -> IO.puts("erlang send works")
    end
  end
end

SendRet.run()
