# duplicate keys, ordering and conversions between keywords and maps
kw = [b: 1, a: 2, b: 3, c: 4]
IO.inspect(Keyword.keys(kw))
IO.inspect(Enum.uniq_by(kw, fn {k, _} -> k end))
IO.inspect(Map.new(kw))
IO.inspect(Enum.sort(kw))
IO.inspect(Keyword.new(kw))
IO.inspect(Keyword.get_values(kw, :b))
IO.inspect(Keyword.replace(kw, :b, 0))
IO.inspect(Keyword.replace!(kw, :c, 40))
IO.inspect(Keyword.from_keys([:x, :y], nil))
IO.inspect(Map.to_list(Map.new(kw)) == Enum.sort(Keyword.new(kw)))
IO.inspect(kw[:b])
IO.inspect(kw[:zz])
