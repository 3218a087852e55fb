# partial pattern matching on maps
defmodule P do
  def describe(%{type: :circle, r: r}), do: "circle r=#{r}"
  def describe(%{type: :rect, w: w, h: h}), do: "rect #{w}x#{h}"
  def describe(%{}), do: "unknown map"
  def describe(_), do: "not a map"
end

IO.puts(P.describe(%{type: :circle, r: 2, color: :red}))
IO.puts(P.describe(%{type: :rect, w: 3, h: 4}))
IO.puts(P.describe(%{type: :rect, w: 3}))
IO.puts(P.describe(%{}))
IO.puts(P.describe([]))

%{name: name} = %{name: "Zed", age: 9}
IO.puts(name)
%{"k" => v} = %{"k" => [1, 2], "other" => 0}
IO.inspect(v)
key = :dyn
%{^key => found} = %{dyn: :yes}
IO.inspect(found)
%{} = %{any: :thing}
IO.puts("empty map pattern matches any map")

case %{status: 200, body: "ok"} do
  %{status: 404} -> IO.puts("not found")
  %{status: s, body: b} when s >= 200 and s < 300 -> IO.puts("success #{b}")
end

result =
  case %{a: 1} do
    %{b: _} -> :has_b
    _ -> :no_b
  end

IO.inspect(result)
