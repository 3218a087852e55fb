# Several dirty calls at once (more than there are dirty threads), a
# process killed while its dirty call runs, and the script ending while
# another process's dirty call still runs: the VM waits for it and exits 0.
# expect-stdout: [0, 0, 0, 0, 0, 0, 0, 0]
# expect-stdout: faster than one after another: true
# expect-stdout: killed: true
# expect-stdout: 33
# expect-stdout: done
{:ok, libc} = FFI.open(:default)
parent = self()
started = System.monotonic_time(:millisecond)

for _ <- 1..8 do
  spawn(fn -> send(parent, {:done, FFI.call(libc, "usleep", [:uint], :int, [100_000], dirty: true)}) end)
end

IO.inspect(for _ <- 1..8, do: (receive do {:done, r} -> r end))
elapsed = System.monotonic_time(:millisecond) - started
IO.puts("faster than one after another: " <> inspect(elapsed < 700))

{pid, ref} = spawn_monitor(fn -> FFI.call(libc, "usleep", [:uint], :int, [100_000], dirty: true) end)
Process.exit(pid, :kill)
receive do
  {:DOWN, ^ref, :process, ^pid, reason} -> IO.puts("killed: " <> inspect(reason == :killed))
end

# dirty calls, replies and other messages side by side in one mailbox
send(self(), :unrelated)
IO.inspect(FFI.call(libc, "abs", [:int], :int, [-33], dirty: true))
receive do
  :unrelated -> :ok
end

spawn(fn -> FFI.call(libc, "usleep", [:uint], :int, [200_000], dirty: true) end)
Process.sleep(10)
IO.puts("done")
