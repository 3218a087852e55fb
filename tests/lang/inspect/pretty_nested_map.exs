# IO.inspect of nested maps that exceed 80 columns
m = %{
  name: "beamlet",
  version: "0.1.0",
  deps: %{libffi: "3.4", re2c: "3.0"},
  config: %{reductions: 4000, schedulers: 4, trace: false, heap: %{min: 233, max: 1_000_000}}
}

IO.inspect(m)
IO.puts(inspect(m))
IO.inspect(%{"a long string key number one" => 1, "another fairly long key" => [1, 2, 3], "k" => :v})
IO.inspect(%{a: %{b: %{c: %{d: %{e: %{f: "deeply nested value that is long enough to wrap"}}}}}})
