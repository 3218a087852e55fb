# IO.inspect of long keyword lists
kw = [host: "localhost", port: 4000, ssl: false, timeout: 15000, retries: 3, pool_size: 10, name: :main]
IO.inspect(kw)
IO.puts(inspect(kw))
IO.inspect(opts: [depth: 2, width: 80, limit: 50, pretty: true], other: [a: 1, b: 2, c: 3, d: 4, e: 5])
IO.inspect([a: 1, b: 2])
