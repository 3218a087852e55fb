# Structs with more than 32 fields are maps of more than 32 keys.
defmodule Wide do
  defstruct [:f1, :f2, :f3, :f4, :f5, :f6, :f7, :f8, :f9, :f10, :f11, :f12, :f13, :f14, :f15,
             :f16, :f17, :f18, :f19, :f20, :f21, :f22, :f23, :f24, :f25, :f26, :f27, :f28, :f29,
             :f30, :f31, :f32, :f33, :f34, f35: 35]
end

defmodule Main do
  def run do
    w = %Wide{f1: 1, f34: 34}
    IO.inspect(w)
    w2 = %{w | f2: 2, f35: :x}
    IO.inspect({w2.f1, w2.f2, w2.f34, w2.f35, map_size(w2)})
    %Wide{f35: f35} = w
    IO.inspect(f35)
    IO.inspect(Map.from_struct(w2) |> map_size())
    IO.inspect(is_struct(w2, Wide))
    IO.inspect(struct(Wide, f3: 3).f3)
    IO.inspect(w2 == %{w | f2: 2, f35: :x})
    IO.inspect(Map.put(w, :f36, 0) |> map_size())
    IO.inspect(%Wide{} |> Map.keys() |> Enum.sort() |> Enum.take(3))
  end
end

Main.run()
