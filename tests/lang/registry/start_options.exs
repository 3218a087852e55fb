attempt = fn opts ->
  try do
    case Registry.start_link(opts) do
      {:ok, pid} -> IO.inspect(is_pid(pid), label: "started")
      other -> IO.inspect(other)
    end
  rescue
    e in ArgumentError -> IO.puts("ArgumentError: " <> e.message)
  end
end

attempt.([])
attempt.(keys: :sometimes, name: R1)
attempt.(keys: :unique)
attempt.(keys: :unique, name: "R1")
attempt.(keys: :unique, name: {:global, :r})
attempt.(keys: :unique, name: R1, meta: :bad)
attempt.(keys: :unique, name: R1, meta: [{"k", 1}])
attempt.(keys: :unique, name: R1, partitions: 0)
attempt.(keys: :unique, name: R1, partitions: :many)
attempt.(keys: :unique, name: R1, listeners: :me)
attempt.(keys: :unique, name: R1, listeners: ["me"])
attempt.(keys: :unique, name: R1, compressed: :yes)
attempt.(keys: :unique, name: R1, unknown_option: 1)
{:ok, r2} = Registry.start_link(keys: :duplicate, name: R2, meta: [owner: :me])
IO.inspect(Registry.start_link(keys: :unique, name: R2) == {:error, {:already_started, r2}})
IO.inspect(Registry.meta(R2, :owner))

for {label, fun} <- [
      lookup: fn -> Registry.lookup(Unknown, :k) end,
      register: fn -> Registry.register(Unknown, :k, 1) end,
      keys: fn -> Registry.keys(Unknown, self()) end,
      meta: fn -> Registry.meta(Unknown, :k) end,
      count: fn -> Registry.count(Unknown) end
    ] do
  try do
    fun.()
  rescue
    e in ArgumentError -> IO.puts("#{label}: " <> e.message)
  end
end
