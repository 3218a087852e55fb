# Kernel operators, guards and inlined functions used as function values
# and called with the module written out.
defmodule Shadow do
  import Kernel, except: [to_string: 1, inspect: 1, max: 2]

  # Local functions named like Kernel's: Kernel.f(...) still means Kernel's.
  def to_string(x), do: "local " <> Kernel.to_string(x)
  def inspect(x), do: "local " <> Kernel.inspect(x)
  def max(a, b), do: {:local, Kernel.max(a, b)}

  def classify(x) when Kernel.is_atom(x), do: :atom
  def classify(x) when Kernel.>(x, 10) and Kernel.is_integer(x), do: :big
  def classify(x) when Kernel.is_list(x) and Kernel.length(x) > 1, do: :long_list
  def classify(_), do: :other

  def run do
    IO.puts(to_string(42))
    IO.puts(inspect([1, 2]))
    IO.inspect(max(3, 4))
    IO.inspect(Enum.map([:a, 11, [1, 2], 5], &classify/1))
  end
end

Shadow.run()

IO.inspect(Kernel.+(1, 2))
IO.inspect(Kernel.-(10, 4))
IO.inspect(Kernel.*(6, 7))
IO.inspect(Kernel./(7, 2))
IO.inspect(Kernel.-(5))
IO.inspect(Kernel.+(5))
IO.inspect(Kernel.==(1, 1.0))
IO.inspect(Kernel.===(1, 1.0))
IO.inspect(Kernel.!=(1, 2))
IO.inspect(Kernel.<=(2, 2))
IO.inspect(Kernel.<>("ab", "cd"))
IO.inspect(Kernel.++([1], [2, 3]))
IO.inspect(Kernel.--([1, 2, 3], [2]))
IO.inspect(Kernel.**(2, 10))
IO.inspect(Kernel.!(nil))
IO.inspect(Kernel.!(1))
IO.inspect(Kernel.not(true))
IO.inspect(Kernel.and(true, :x))
IO.inspect(Kernel.or(false, :y))
IO.inspect(Kernel.&&(1, 2))
IO.inspect(Kernel.||(nil, 3))
IO.inspect(Kernel.in(2, [1, 2]))
IO.inspect(Kernel.in(5, 1..3))
IO.inspect(Kernel.elem({:a, :b}, 1))
IO.inspect(Kernel.put_elem({:a, :b}, 0, :z))
IO.inspect(Kernel.div(7, 2))
IO.inspect(Kernel.rem(-7, 2))
IO.inspect(Kernel.is_atom(:a))
IO.inspect(Kernel.is_nil(nil))
IO.inspect(Kernel.is_map_key(%{a: 1}, :a))
IO.inspect(Kernel.length([1, 2, 3]))
IO.inspect(Kernel.hd([9, 8]))
IO.inspect(Kernel.tuple_size({1, 2}))
IO.inspect(Kernel.byte_size("héllo"))
IO.inspect(Kernel.bit_size("ab"))
IO.inspect(Kernel.max(1, 2.0))
IO.inspect(Kernel.to_string(:atom))
IO.inspect(Kernel.inspect({1, "x"}))
IO.inspect(Kernel.if(true, do: :yes, else: :no))
IO.inspect(Kernel.match?({_, _}, {1, 2}))
IO.inspect(:erlang.+(1, 2))
IO.inspect(:erlang.element(2, {:a, :b}))

# Captures of functions Elixir inlines are the Erlang built-ins.
IO.inspect(&+/2)
IO.inspect(&Kernel.+/2)
IO.inspect(&<=/2)
IO.inspect(&!==/2)
IO.inspect(&-/1)
IO.inspect(&Kernel.is_atom/1)
IO.inspect(&is_binary/1)
IO.inspect(&Kernel.max/2)
IO.inspect(&div/2)
IO.inspect(&length/1)
IO.inspect(&binary_part/3)
IO.inspect(&Kernel.not/1)
IO.inspect(&:erlang.element/2)
# ... and of other Kernel functions, Kernel's.
IO.inspect(&elem/2)
IO.inspect(&Kernel.put_elem/3)
IO.inspect(&Kernel.inspect/1)
IO.inspect(&Kernel.is_map_key/2)

# Calling them.
IO.inspect((&Kernel.+/2).(1, 2))
IO.inspect(Enum.reduce([1, 2, 3, 4], 0, &+/2))
IO.inspect(Enum.reduce([2, 3, 4], 1, &*/2))
IO.inspect(Enum.sort([3, 1, 2], &>=/2))
IO.inspect(Enum.map([1, 2], &Kernel.-/1))
IO.inspect(Enum.filter([:a, 1, :b], &Kernel.is_atom/1))
IO.inspect(Enum.map([{1, 2}, {3, 4}], &Kernel.elem(&1, 1)))
IO.inspect((&elem/2).({:x, :y}, 0))
IO.inspect((&put_elem/3).({:x, :y}, 1, :z))
IO.inspect((&Kernel.div/2).(7, 2))
IO.inspect(Enum.reduce(["a", "b", "c"], "", &<>/2))
IO.inspect(Enum.reduce([[1], [2]], [], &++/2))
IO.inspect(Enum.zip_with([1, 2], [1.0, 3], &==/2))
IO.inspect(Enum.map([nil, false, 0], &!/1))
IO.inspect(Enum.map([true, false], &Kernel.!/1))
IO.inspect((&Kernel.max/2).(3, 9))
IO.inspect((&:erlang.element/2).(1, {:first}))
IO.inspect((&and/2).(true, :not_boolean))
IO.inspect((&Kernel.&&/2).(1, :second))
IO.inspect((&||/2).(false, :fallback))
IO.inspect((&in/2).(3, [1, 2, 3]))
IO.inspect((&../2).(1, 4))
IO.inspect((&**/2).(3, 3))
IO.inspect((&is_nil/1).(nil))
IO.inspect((&Kernel.to_string/1).(3.5))
IO.inspect((&Kernel.is_map_key/2).(%{k: 1}, :k))
IO.inspect((&bit_size/1).("abc"))
IO.inspect(is_function(&Kernel.+/2, 2))
IO.inspect(Enum.map([-2, 3], &abs/1))
