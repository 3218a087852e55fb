defmodule Kernel do
  @moduledoc """
  The functions every module can call without a module name.

  Most of them (arithmetic, comparisons, type tests, `length/1`, `elem/2`,
  ...) are compiled straight into VM built-ins; the definitions here make
  them callable as `Kernel.name(...)` and capturable as `&Kernel.name/n`.
  """

  @doc "Sends `message` to a pid, registered name or alias; returns `message`."
  def send(dest, message), do: :erlang.send(dest, message)

  @doc "The current process."
  def self(), do: :erlang.self()

  @doc "A new unique reference."
  def make_ref(), do: :erlang.make_ref()

  @doc "The node the VM runs as: always `:nonode@nohost`."
  def node(), do: :erlang.node()

  @doc "Starts a process running `fun`."
  def spawn(fun), do: :erlang.spawn(fun)

  @doc "Starts a process running `apply(module, function, args)`."
  def spawn(module, function, args), do: :erlang.spawn(module, function, args)

  @doc "Starts a process linked to the caller."
  def spawn_link(fun), do: :erlang.spawn_link(fun)

  @doc "Starts a linked process running `apply(module, function, args)`."
  def spawn_link(module, function, args), do: :erlang.spawn_link(module, function, args)

  @doc "Starts a process monitored by the caller: `{pid, ref}`."
  def spawn_monitor(fun), do: :erlang.spawn_monitor(fun)

  @doc "Starts a monitored process running `apply(module, function, args)`."
  def spawn_monitor(module, function, args), do: :erlang.spawn_monitor(module, function, args)

  @doc "Returns the length of a list."
  def length(list), do: :erlang.length(list)

  @doc "Returns the head of a non-empty list."
  def hd(list), do: :erlang.hd(list)

  @doc "Returns the tail of a non-empty list."
  def tl(list), do: :erlang.tl(list)

  @doc "Returns the element of `tuple` at the zero-based `index`."
  def elem(tuple, index), do: :erlang.element(index + 1, tuple)

  @doc "Puts `value` at the zero-based `index` of `tuple`."
  def put_elem(tuple, index, value), do: :erlang.setelement(index + 1, tuple, value)

  @doc "Returns the number of elements of a tuple."
  def tuple_size(tuple), do: :erlang.tuple_size(tuple)

  @doc "Returns the number of bytes of a binary."
  def byte_size(binary), do: :erlang.byte_size(binary)

  @doc "Absolute value of a number."
  def abs(number), do: :erlang.abs(number)

  @doc "Integer division, truncating towards zero."
  def div(a, b), do: :erlang.div(a, b)

  @doc "Remainder of integer division; its sign is the dividend's."
  def rem(a, b), do: :erlang.rem(a, b)

  @doc "The larger of two terms in term order."
  def max(a, b), do: :erlang.max(a, b)

  @doc "The smaller of two terms in term order."
  def min(a, b), do: :erlang.min(a, b)

  @doc "Rounds a number to the nearest integer."
  def round(number), do: :erlang.round(number)

  @doc "Drops the fractional part of a number."
  def trunc(number), do: :erlang.trunc(number)

  @doc "True for `nil` only."
  def is_nil(term), do: term === nil

  @doc "Converts a term to a string through its String.Chars form."
  def to_string(term), do: :beamlet.to_string(term)

  @doc "The text of a term, as `inspect/2` with no options."
  def inspect(term), do: :beamlet.inspect(term)

  @doc """
  The text of a term, with Inspect.Opts such as `limit:`, `pretty:`,
  `width:`, `charlists:` and `printable_limit:`.
  """
  def inspect(term, opts), do: :beamlet.inspect(term, opts)

  @doc "Whether `map` has `key`."
  def is_map_key(map, key), do: :erlang.is_map_key(key, map)

  @doc "Calls `fun` with the arguments in the list `args`."
  def apply(fun, args), do: :erlang.apply(fun, args)

  @doc "Calls `module.function` with the arguments in the list `args`."
  def apply(module, function, args), do: :erlang.apply(module, function, args)

  @doc "Throws `value`, to be caught by `catch`."
  def throw(value), do: :erlang.throw(value)

  @doc "Exits the calling process with `reason`."
  def exit(reason), do: :erlang.exit(reason)

  @doc """
  A struct of `module` (or the struct `base`) with `fields` set; fields the
  struct does not have are ignored.
  """
  def struct(module_or_struct, fields \\ [])
  def struct(module, fields) when is_atom(module), do: struct(module.__struct__(), fields)
  def struct(%{} = base, fields), do: put_fields(fields_list(fields), base, false)

  @doc "Like struct/2, but raises KeyError for a field the struct does not have."
  def struct!(module_or_struct, fields \\ [])
  def struct!(module, fields) when is_atom(module), do: module.__struct__(fields)
  def struct!(%{} = base, fields), do: put_fields(fields_list(fields), base, true)

  defp fields_list(%{} = map), do: :maps.to_list(map)
  defp fields_list(list) when is_list(list), do: list

  defp put_fields([], acc, _strict), do: acc
  defp put_fields([{:__struct__, _} | rest], acc, strict), do: put_fields(rest, acc, strict)

  defp put_fields([{key, value} | rest], acc, strict) do
    cond do
      :maps.is_key(key, acc) -> put_fields(rest, :maps.put(key, value, acc), strict)
      strict -> :erlang.error({:badkey, key})
      true -> put_fields(rest, acc, strict)
    end
  end

  @doc "The value at `keys` in nested maps or keyword lists."
  def get_in(data, []), do: data
  def get_in(nil, [_ | _]), do: nil
  def get_in(data, [key | rest]), do: get_in(Access.get(data, key), rest)

  @doc "Puts `value` at `keys` in nested maps or keyword lists."
  def put_in(data, keys, value), do: update_in(data, keys, fn _ -> value end)

  @doc "Updates the value at `keys` in nested maps or keyword lists with `fun`."
  def update_in(data, [key], fun), do: Access.__put__(data, key, fun.(Access.get(data, key)))

  def update_in(data, [key | rest], fun) do
    Access.__put__(data, key, update_in(Access.get(data, key), rest, fun))
  end

  @doc "Gets the value at `keys` and updates it: `fun` returns `{get, new}` or `:pop`."
  def get_and_update_in(data, [key], fun) do
    current = Access.get(data, key)

    case fun.(current) do
      {get, new} -> {get, Access.__put__(data, key, new)}
      :pop -> {current, Access.__delete__(data, key)}
    end
  end

  def get_and_update_in(data, [key | rest], fun) do
    {get, new} = get_and_update_in(Access.get(data, key), rest, fun)
    {get, Access.__put__(data, key, new)}
  end

  @doc "Removes the value at `keys`, returning `{value, data}`."
  def pop_in(data, keys), do: get_and_update_in(data, keys, fn _ -> :pop end)

  @doc "Calls `fun` with `value` and returns the result (for pipelines)."
  def then(value, fun), do: fun.(value)

  @doc "Calls `fun` with `value` for its side effects and returns `value`."
  def tap(value, fun) do
    _ = fun.(value)
    value
  end

  @doc "A charlist of a term with a List.Chars form."
  def to_charlist(list) when is_list(list), do: list
  def to_charlist(string) when is_binary(string), do: String.to_charlist(string)
  def to_charlist(term), do: :unicode.characters_to_list(to_string(term))

  @doc "The part of `binary` of `length` bytes starting at byte `start`."
  def binary_part(binary, start, length), do: :binary.part(binary, start, length)

  @doc "Whether `module` exports `function/arity`."
  def function_exported?(module, function, arity), do: :erlang.function_exported(module, function, arity)

  @doc "Whether `term` is a map that is a struct (of `module`, if given)."
  def is_struct(term), do: is_map(term) and :erlang.is_map_key(:__struct__, term) and is_atom(:erlang.map_get(:__struct__, term))
end
