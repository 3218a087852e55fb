defmodule Protocol.UndefinedError do
  @moduledoc "Raised when a value is given to a protocol that has no implementation for it."
  defexception protocol: nil, value: nil, description: ""

  @doc "The message Elixir prints for a missing protocol implementation."
  def message(exception) do
    "protocol " <>
      inspect(exception.protocol) <>
      " not implemented for " <>
      inspect(exception.value) <>
      " of type " <> value_type(exception.value) <> description(exception.description)
  end

  defp description(""), do: ""
  defp description(text), do: ", " <> text

  defp value_type(%{__struct__: module}), do: inspect(module) <> " (a struct)"
  defp value_type(value) when is_atom(value), do: "Atom"
  defp value_type(value) when is_binary(value), do: "BitString"
  defp value_type(value) when is_float(value), do: "Float"
  defp value_type(value) when is_function(value), do: "Function"
  defp value_type(value) when is_integer(value), do: "Integer"
  defp value_type(value) when is_list(value), do: "List"
  defp value_type(value) when is_map(value), do: "Map"
  defp value_type(value) when is_pid(value), do: "PID"
  defp value_type(value) when is_tuple(value), do: "Tuple"
  defp value_type(_value), do: "Reference"
end

defmodule Enum.EmptyError do
  @moduledoc "Raised by functions that need a non-empty enumerable."
  defexception message: "empty error"
end

defmodule Enum.OutOfBoundsError do
  @moduledoc "Raised by Enum.fetch!/2 when the index is out of bounds."
  defexception message: "out of bounds error"
end

defmodule Enumerable do
  @moduledoc """
  The reduce protocol behind `Enum` and `Stream`, written out for the
  enumerables beamlet knows: lists, maps (as `{key, value}` pairs in map
  order), ranges and functions of arity 2 (`fn acc, fun -> ... end`, which
  is how streams are represented).

  The accumulator is tagged `{:cont, acc}`, `{:halt, acc}` or
  `{:suspend, acc}`; the result is `{:done, acc}`, `{:halted, acc}` or
  `{:suspended, acc, continuation}`.
  """

  @doc "Reduces `enumerable` with the tagged accumulator `acc` and `fun`."
  def reduce(list, acc, fun) when is_list(list), do: reduce_list(list, acc, fun)
  def reduce(function, acc, fun) when is_function(function, 2), do: function.(acc, fun)

  def reduce(%Range{first: first, last: last, step: step}, acc, fun),
    do: reduce_range(first, last, step, acc, fun)

  def reduce(%{__struct__: _} = struct, _acc, _fun), do: undefined(struct)
  def reduce(map, acc, fun) when is_map(map), do: reduce_list(:maps.to_list(map), acc, fun)
  def reduce(other, _acc, _fun), do: undefined(other)

  @doc "`{:ok, count}` when the size is known without traversal, else `{:error, Enumerable}`."
  def count(list) when is_list(list), do: {:ok, length(list)}
  def count(%Range{} = range), do: {:ok, Range.size(range)}
  def count(%{__struct__: _} = struct), do: undefined(struct)
  def count(map) when is_map(map), do: {:ok, :erlang.map_size(map)}
  def count(function) when is_function(function, 2), do: {:error, Enumerable}
  def count(other), do: undefined(other)

  @doc "`{:ok, boolean}` when membership is cheap to check, else `{:error, Enumerable}`."
  def member?(list, value) when is_list(list), do: {:ok, :lists.member(value, list)}

  def member?(%Range{first: first, last: last, step: step}, value) do
    {:ok, Enum.__range_member__(first, last, step, value)}
  end

  def member?(%{__struct__: _} = struct, _value), do: undefined(struct)

  def member?(map, {key, value}) when is_map(map) do
    case :maps.find(key, map) do
      {:ok, found} -> {:ok, found === value}
      :error -> {:ok, false}
    end
  end

  def member?(map, _other) when is_map(map), do: {:ok, false}
  def member?(function, _value) when is_function(function, 2), do: {:error, Enumerable}
  def member?(other, _value), do: undefined(other)

  defp undefined(value), do: raise(Protocol.UndefinedError, protocol: Enumerable, value: value)

  defp reduce_list(_list, {:halt, acc}, _fun), do: {:halted, acc}
  defp reduce_list(list, {:suspend, acc}, fun), do: {:suspended, acc, &reduce_list(list, &1, fun)}
  defp reduce_list([], {:cont, acc}, _fun), do: {:done, acc}
  defp reduce_list([h | t], {:cont, acc}, fun), do: reduce_list(t, fun.(h, acc), fun)

  defp reduce_range(_i, _last, _step, {:halt, acc}, _fun), do: {:halted, acc}

  defp reduce_range(i, last, step, {:suspend, acc}, fun),
    do: {:suspended, acc, &reduce_range(i, last, step, &1, fun)}

  defp reduce_range(i, last, step, {:cont, acc}, _fun) when step > 0 and i > last, do: {:done, acc}
  defp reduce_range(i, last, step, {:cont, acc}, _fun) when step < 0 and i < last, do: {:done, acc}

  defp reduce_range(i, last, step, {:cont, acc}, fun),
    do: reduce_range(i + step, last, step, fun.(i, acc), fun)
end

defmodule Enum do
  @moduledoc """
  Eager functions over enumerables: lists, maps, ranges and function
  enumerables (streams).  Functions that can stop early (`find/2`,
  `take/2`, `any?/2`, ...) stop reading as soon as they can, so they work
  on infinite streams.
  """

  # ------------------------------------------------------------------
  # Conversion and reduction

  @doc "Converts an enumerable to a list."
  def to_list(list) when is_list(list), do: list
  def to_list(%Range{first: first, last: last, step: step}), do: range_list(first, last, step)
  def to_list(%{__struct__: _} = struct), do: to_list_generic(struct)
  def to_list(map) when is_map(map), do: :maps.to_list(map)
  def to_list(enumerable), do: to_list_generic(enumerable)

  defp to_list_generic(enumerable) do
    :lists.reverse(reduce_generic(enumerable, [], fn x, acc -> [x | acc] end))
  end

  defp range_list(first, last, step) when step > 0 and first > last, do: []
  defp range_list(first, last, step) when step < 0 and first < last, do: []
  defp range_list(first, last, step), do: range_build(first + div(last - first, step) * step, first, step, [])

  defp range_build(x, first, _step, acc) when x == first, do: [x | acc]
  defp range_build(x, first, step, acc), do: range_build(x - step, first, step, [x | acc])

  @doc false
  def __range_member__(first, last, step, value) when is_integer(value) do
    cond do
      step > 0 and (value < first or value > last) -> false
      step < 0 and (value > first or value < last) -> false
      true -> rem(value - first, step) == 0
    end
  end

  def __range_member__(_first, _last, _step, _value), do: false

  @doc "Reduces the enumerable with `fun`, starting from `acc`."
  def reduce(list, acc, fun) when is_list(list), do: foldl(list, acc, fun)

  def reduce(%Range{first: first, last: last, step: step}, acc, fun),
    do: fold_range(first, last, step, acc, fun)

  def reduce(%{__struct__: _} = struct, acc, fun), do: reduce_generic(struct, acc, fun)

  # A plain map is folded as :maps.fold/3 folds it; for a map of more than
  # 32 keys that is the reverse of the :maps.to_list/1 order Enumerable uses.
  def reduce(map, acc, fun) when is_map(map), do: foldl(:beamlet.map_fold_pairs(map), acc, fun)
  def reduce(enumerable, acc, fun), do: reduce_generic(enumerable, acc, fun)

  defp reduce_generic(enumerable, acc, fun) do
    elem(Enumerable.reduce(enumerable, {:cont, acc}, fn x, a -> {:cont, fun.(x, a)} end), 1)
  end

  defp foldl([], acc, _fun), do: acc
  defp foldl([h | t], acc, fun), do: foldl(t, fun.(h, acc), fun)

  defp fold_range(i, last, step, acc, _fun) when step > 0 and i > last, do: acc
  defp fold_range(i, last, step, acc, _fun) when step < 0 and i < last, do: acc
  defp fold_range(i, last, step, acc, fun), do: fold_range(i + step, last, step, fun.(i, acc), fun)

  @doc "Reduces the enumerable using its first element as the initial accumulator."
  def reduce([h | t], fun), do: foldl(t, h, fun)
  def reduce([], _fun), do: raise(Enum.EmptyError)

  def reduce(enumerable, fun) do
    result =
      reduce_generic(enumerable, :__enum_empty__, fn
        x, :__enum_empty__ -> {:__enum_acc__, x}
        x, {:__enum_acc__, acc} -> {:__enum_acc__, fun.(x, acc)}
      end)

    case result do
      {:__enum_acc__, acc} -> acc
      :__enum_empty__ -> raise Enum.EmptyError
    end
  end

  @doc "Reduces while `fun` returns `{:cont, acc}`; stops at `{:halt, acc}`."
  def reduce_while(enumerable, acc, fun) do
    elem(Enumerable.reduce(enumerable, {:cont, acc}, fun), 1)
  end

  # Runs the reduce protocol with a reducer returning {:cont, acc} or
  # {:halt, acc}; returns the final accumulator.
  defp halting(enumerable, acc, fun), do: elem(Enumerable.reduce(enumerable, {:cont, acc}, fun), 1)

  # ------------------------------------------------------------------
  # Predicates and searching

  @doc "True when `fun` is truthy for every element (stops at the first falsy one)."
  def all?(enumerable, fun \\ fn x -> x end)
  def all?(list, fun) when is_list(list), do: all_list(list, fun)

  def all?(enumerable, fun) do
    halting(enumerable, true, fn x, _ -> if fun.(x), do: {:cont, true}, else: {:halt, false} end)
  end

  defp all_list([], _fun), do: true
  defp all_list([h | t], fun), do: if(fun.(h), do: all_list(t, fun), else: false)

  @doc "True when `fun` is truthy for some element (stops at the first one)."
  def any?(enumerable, fun \\ fn x -> x end)
  def any?(list, fun) when is_list(list), do: any_list(list, fun)

  def any?(enumerable, fun) do
    halting(enumerable, false, fn x, _ -> if fun.(x), do: {:halt, true}, else: {:cont, false} end)
  end

  defp any_list([], _fun), do: false
  defp any_list([h | t], fun), do: if(fun.(h), do: true, else: any_list(t, fun))

  @doc "Whether the enumerable has no elements."
  def empty?(list) when is_list(list), do: list == []
  def empty?(%Range{} = range), do: Range.size(range) == 0
  def empty?(%{__struct__: _} = struct), do: empty_generic(struct)
  def empty?(map) when is_map(map), do: :erlang.map_size(map) == 0
  def empty?(enumerable), do: empty_generic(enumerable)

  defp empty_generic(enumerable), do: halting(enumerable, true, fn _, _ -> {:halt, false} end)

  @doc "Whether `element` is in the enumerable (compared with ===)."
  def member?(list, element) when is_list(list), do: :lists.member(element, list)

  def member?(%Range{first: first, last: last, step: step}, element),
    do: __range_member__(first, last, step, element)

  def member?(enumerable, element) do
    case Enumerable.member?(enumerable, element) do
      {:ok, result} ->
        result

      {:error, _} ->
        halting(enumerable, false, fn x, _ ->
          if x === element, do: {:halt, true}, else: {:cont, false}
        end)
    end
  end

  @doc "The first element for which `fun` is truthy, or `default`."
  def find(enumerable, default \\ nil, fun)
  def find(list, default, fun) when is_list(list), do: find_list(list, default, fun)

  def find(enumerable, default, fun) do
    halting(enumerable, default, fn x, acc -> if fun.(x), do: {:halt, x}, else: {:cont, acc} end)
  end

  defp find_list([], default, _fun), do: default
  defp find_list([h | t], default, fun), do: if(fun.(h), do: h, else: find_list(t, default, fun))

  @doc "The index of the first element for which `fun` is truthy, or nil."
  def find_index(enumerable, fun) do
    result =
      halting(enumerable, 0, fn x, i ->
        if fun.(x), do: {:halt, {:__enum_found__, i}}, else: {:cont, i + 1}
      end)

    case result do
      {:__enum_found__, i} -> i
      _ -> nil
    end
  end

  @doc "The first truthy value of `fun.(element)`, or `default`."
  def find_value(enumerable, default \\ nil, fun) do
    halting(enumerable, default, fn x, acc ->
      value = fun.(x)
      if value, do: {:halt, value}, else: {:cont, acc}
    end)
  end

  # ------------------------------------------------------------------
  # Counting and arithmetic

  @doc "The number of elements."
  def count(list) when is_list(list), do: length(list)
  def count(%Range{} = range), do: Range.size(range)
  def count(%{__struct__: _} = struct), do: reduce_generic(struct, 0, fn _, n -> n + 1 end)
  def count(map) when is_map(map), do: :erlang.map_size(map)
  def count(enumerable), do: reduce_generic(enumerable, 0, fn _, n -> n + 1 end)

  @doc "The number of elements for which `fun` is truthy."
  def count(enumerable, fun) do
    reduce(enumerable, 0, fn x, n -> if fun.(x), do: n + 1, else: n end)
  end

  @doc "Counts elements, stopping once `limit` is reached."
  def count_until(enumerable, limit) when is_integer(limit) and limit > 0 do
    halting(enumerable, 0, fn _, n ->
      if n + 1 >= limit, do: {:halt, limit}, else: {:cont, n + 1}
    end)
  end

  @doc "Counts elements for which `fun` is truthy, stopping once `limit` is reached."
  def count_until(enumerable, fun, limit) when is_integer(limit) and limit > 0 do
    halting(enumerable, 0, fn x, n ->
      cond do
        not fun.(x) -> {:cont, n}
        n + 1 >= limit -> {:halt, limit}
        true -> {:cont, n + 1}
      end
    end)
  end

  @doc "The sum of the elements."
  def sum(%Range{} = range) do
    case Range.size(range) do
      0 -> 0
      n -> div(n * (2 * range.first + (n - 1) * range.step), 2)
    end
  end

  def sum(enumerable), do: reduce(enumerable, 0, fn x, acc -> acc + x end)

  @doc "The product of the elements."
  def product(enumerable), do: reduce(enumerable, 1, fn x, acc -> acc * x end)

  # ------------------------------------------------------------------
  # Indexing

  @doc "The element at `index` (negative counts from the end), or `default`."
  def at(enumerable, index, default \\ nil) when is_integer(index) do
    case fetch(enumerable, index) do
      {:ok, value} -> value
      :error -> default
    end
  end

  @doc "`{:ok, element}` at `index`, or `:error`."
  def fetch(enumerable, index) when is_integer(index) and index < 0 do
    list = to_list(enumerable)
    position = length(list) + index
    if position >= 0, do: fetch_list(list, position), else: :error
  end

  def fetch(list, index) when is_list(list) and is_integer(index), do: fetch_list(list, index)

  def fetch(%Range{first: first, step: step} = range, index) when is_integer(index) do
    if index < Range.size(range), do: {:ok, first + index * step}, else: :error
  end

  def fetch(enumerable, index) when is_integer(index) do
    result =
      halting(enumerable, index, fn
        x, 0 -> {:halt, {:__enum_found__, x}}
        _, i -> {:cont, i - 1}
      end)

    case result do
      {:__enum_found__, x} -> {:ok, x}
      _ -> :error
    end
  end

  defp fetch_list([], _index), do: :error
  defp fetch_list([h | _], 0), do: {:ok, h}
  defp fetch_list([_ | t], index), do: fetch_list(t, index - 1)

  @doc "The element at `index`; raises Enum.OutOfBoundsError when there is none."
  def fetch!(enumerable, index) when is_integer(index) do
    case fetch(enumerable, index) do
      {:ok, value} -> value
      :error -> raise Enum.OutOfBoundsError
    end
  end

  # ------------------------------------------------------------------
  # Mapping and filtering

  @doc "Applies `fun` to each element, returning the list of results."
  def map(list, fun) when is_list(list), do: map_list(list, fun, [])
  def map(enumerable, fun), do: :lists.reverse(reduce(enumerable, [], fn x, acc -> [fun.(x) | acc] end))

  defp map_list([], _fun, acc), do: :lists.reverse(acc)
  defp map_list([h | t], fun, acc), do: map_list(t, fun, [fun.(h) | acc])

  @doc "Calls `fun` on each element; returns :ok."
  def each(list, fun) when is_list(list), do: each_list(list, fun)

  def each(enumerable, fun) do
    reduce(enumerable, nil, fn x, _ ->
      fun.(x)
      nil
    end)

    :ok
  end

  defp each_list([], _fun), do: :ok

  defp each_list([h | t], fun) do
    fun.(h)
    each_list(t, fun)
  end

  @doc "The elements for which `fun` is truthy."
  def filter(list, fun) when is_list(list), do: filter_list(list, fun, [])

  def filter(enumerable, fun) do
    :lists.reverse(reduce(enumerable, [], fn x, acc -> if fun.(x), do: [x | acc], else: acc end))
  end

  defp filter_list([], _fun, acc), do: :lists.reverse(acc)
  defp filter_list([h | t], fun, acc), do: filter_list(t, fun, if(fun.(h), do: [h | acc], else: acc))

  @doc "The elements for which `fun` is falsy."
  def reject(list, fun) when is_list(list), do: reject_list(list, fun, [])

  def reject(enumerable, fun) do
    :lists.reverse(reduce(enumerable, [], fn x, acc -> if fun.(x), do: acc, else: [x | acc] end))
  end

  defp reject_list([], _fun, acc), do: :lists.reverse(acc)
  defp reject_list([h | t], fun, acc), do: reject_list(t, fun, if(fun.(h), do: acc, else: [h | acc]))

  @doc "`{filter(enumerable, fun), reject(enumerable, fun)}` in one pass."
  def split_with(enumerable, fun) do
    {yes, no} =
      reduce(enumerable, {[], []}, fn x, {yes, no} ->
        if fun.(x), do: {[x | yes], no}, else: {yes, [x | no]}
      end)

    {:lists.reverse(yes), :lists.reverse(no)}
  end

  @doc false
  def partition(enumerable, fun), do: split_with(enumerable, fun)

  @doc "Maps each element to an enumerable and flattens the results one level."
  def flat_map(enumerable, fun) do
    :lists.reverse(reduce(enumerable, [], fn x, acc -> prepend_reversed(fun.(x), acc) end))
  end

  # Pushes the elements of `enumerable` onto `acc` (so they end up reversed).
  defp prepend_reversed(list, acc) when is_list(list), do: :lists.reverse(list, acc)
  defp prepend_reversed(enumerable, acc), do: reduce(enumerable, acc, fn x, a -> [x | a] end)

  @doc "Maps and reduces at once: `fun.(x, acc)` returns `{mapped, acc}`."
  def map_reduce(enumerable, acc, fun) do
    {list, acc} =
      reduce(enumerable, {[], acc}, fn x, {list, acc} ->
        {mapped, acc} = fun.(x, acc)
        {[mapped | list], acc}
      end)

    {:lists.reverse(list), acc}
  end

  @doc "flat_map with an accumulator; `fun` may return `{:halt, acc}` to stop."
  def flat_map_reduce(enumerable, acc, fun) do
    {list, acc} =
      halting(enumerable, {[], acc}, fn x, {list, acc} ->
        case fun.(x, acc) do
          {:halt, acc} -> {:halt, {list, acc}}
          {[], acc} -> {:cont, {list, acc}}
          {[entry], acc} -> {:cont, {[entry | list], acc}}
          {entries, acc} -> {:cont, {prepend_reversed(entries, list), acc}}
        end
      end)

    {:lists.reverse(list), acc}
  end

  @doc "Applies `fun` to the first element and every `nth` after it."
  def map_every(enumerable, 1, fun), do: map(enumerable, fun)
  def map_every(enumerable, 0, _fun), do: to_list(enumerable)
  def map_every([], nth, _fun) when is_integer(nth) and nth > 1, do: []

  def map_every(enumerable, nth, fun) when is_integer(nth) and nth > 1 do
    {list, _} =
      reduce(enumerable, {[], 0}, fn x, {acc, i} ->
        if rem(i, nth) == 0, do: {[fun.(x) | acc], i + 1}, else: {[x | acc], i + 1}
      end)

    :lists.reverse(list)
  end

  @doc "The first element and every `nth` after it."
  def take_every(enumerable, 1), do: to_list(enumerable)
  def take_every(_enumerable, 0), do: []
  def take_every([], nth) when is_integer(nth) and nth > 1, do: []

  def take_every(enumerable, nth) when is_integer(nth) and nth > 1 do
    {list, _} =
      reduce(enumerable, {[], 0}, fn x, {acc, i} ->
        if rem(i, nth) == 0, do: {[x | acc], i + 1}, else: {acc, i + 1}
      end)

    :lists.reverse(list)
  end

  @doc "Drops the first element and every `nth` after it."
  def drop_every(_enumerable, 1), do: []
  def drop_every(enumerable, 0), do: to_list(enumerable)
  def drop_every([], nth) when is_integer(nth) and nth > 1, do: []

  def drop_every(enumerable, nth) when is_integer(nth) and nth > 1 do
    {list, _} =
      reduce(enumerable, {[], 0}, fn x, {acc, i} ->
        if rem(i, nth) == 0, do: {acc, i + 1}, else: {[x | acc], i + 1}
      end)

    :lists.reverse(list)
  end

  @doc "The elements with `separator` between each two."
  def intersperse(enumerable, separator) do
    case :lists.reverse(reduce(enumerable, [], fn x, acc -> [x, separator | acc] end)) do
      [] -> []
      [_ | rest] -> rest
    end
  end

  @doc "Maps with `mapper` and puts `separator` between the results."
  def map_intersperse(enumerable, separator, mapper) do
    case :lists.reverse(reduce(enumerable, [], fn x, acc -> [mapper.(x), separator | acc] end)) do
      [] -> []
      [_ | rest] -> rest
    end
  end

  @doc "Each element paired with its index (`{element, index}`), or mapped by `fun.(element, index)`."
  def with_index(enumerable, fun_or_offset \\ 0)

  def with_index(enumerable, offset) when is_integer(offset) do
    {list, _} = reduce(enumerable, {[], offset}, fn x, {acc, i} -> {[{x, i} | acc], i + 1} end)
    :lists.reverse(list)
  end

  def with_index(enumerable, fun) when is_function(fun, 2) do
    {list, _} = reduce(enumerable, {[], 0}, fn x, {acc, i} -> {[fun.(x, i) | acc], i + 1} end)
    :lists.reverse(list)
  end

  @doc "The successive accumulators of reducing with `fun`, starting from the first element."
  def scan(enumerable, fun) do
    result =
      reduce(enumerable, [], fn
        x, [] -> [x]
        x, [acc | _] = list -> [fun.(x, acc) | list]
      end)

    :lists.reverse(result)
  end

  @doc "The successive accumulators of reducing with `fun`, starting from `acc`."
  def scan(enumerable, acc, fun) do
    {list, _} =
      reduce(enumerable, {[], acc}, fn x, {list, acc} ->
        acc = fun.(x, acc)
        {[acc | list], acc}
      end)

    :lists.reverse(list)
  end

  # ------------------------------------------------------------------
  # Taking, dropping, splitting

  @doc "The first `amount` elements (the last ones when `amount` is negative)."
  def take(_enumerable, 0), do: []
  def take(list, amount) when is_list(list) and is_integer(amount) and amount > 0, do: take_list(list, amount, [])

  def take(enumerable, amount) when is_integer(amount) and amount > 0 do
    {list, _} =
      halting(enumerable, {[], amount}, fn
        x, {acc, 1} -> {:halt, {[x | acc], 0}}
        x, {acc, n} -> {:cont, {[x | acc], n - 1}}
      end)

    :lists.reverse(list)
  end

  def take(enumerable, amount) when is_integer(amount) and amount < 0 do
    list = to_list(enumerable)
    drop_list(list, :erlang.max(length(list) + amount, 0))
  end

  defp take_list([], _n, acc), do: :lists.reverse(acc)
  defp take_list(_list, 0, acc), do: :lists.reverse(acc)
  defp take_list([h | t], n, acc), do: take_list(t, n - 1, [h | acc])

  @doc "The enumerable without its first `amount` elements (its last ones when negative)."
  def drop(list, amount) when is_list(list) and is_integer(amount) and amount >= 0, do: drop_list(list, amount)

  def drop(enumerable, amount) when is_integer(amount) and amount >= 0 do
    {list, _} =
      reduce(enumerable, {[], amount}, fn
        x, {acc, 0} -> {[x | acc], 0}
        _, {acc, n} -> {acc, n - 1}
      end)

    :lists.reverse(list)
  end

  def drop(enumerable, amount) when is_integer(amount) and amount < 0 do
    list = to_list(enumerable)
    take_list(list, :erlang.max(length(list) + amount, 0), [])
  end

  defp drop_list(list, 0), do: list
  defp drop_list([], _n), do: []
  defp drop_list([_ | t], n), do: drop_list(t, n - 1)

  @doc "The leading elements for which `fun` is truthy."
  def take_while(list, fun) when is_list(list), do: take_while_list(list, fun, [])

  def take_while(enumerable, fun) do
    list =
      halting(enumerable, [], fn x, acc ->
        if fun.(x), do: {:cont, [x | acc]}, else: {:halt, acc}
      end)

    :lists.reverse(list)
  end

  defp take_while_list([h | t], fun, acc) do
    if fun.(h), do: take_while_list(t, fun, [h | acc]), else: :lists.reverse(acc)
  end

  defp take_while_list([], _fun, acc), do: :lists.reverse(acc)

  @doc "The elements after the leading ones for which `fun` is truthy."
  def drop_while(list, fun) when is_list(list), do: drop_while_list(list, fun)

  def drop_while(enumerable, fun) do
    {list, _} =
      reduce(enumerable, {[], true}, fn
        x, {acc, true} -> if fun.(x), do: {acc, true}, else: {[x | acc], false}
        x, {acc, false} -> {[x | acc], false}
      end)

    :lists.reverse(list)
  end

  defp drop_while_list([h | t] = list, fun), do: if(fun.(h), do: drop_while_list(t, fun), else: list)
  defp drop_while_list([], _fun), do: []

  @doc "`{first count elements, the rest}`; a negative count splits from the end."
  def split(enumerable, count) when is_integer(count) and count >= 0 do
    split_list(reduced_list(enumerable), count, [])
  end

  def split(enumerable, count) when is_integer(count) and count < 0 do
    list = reduced_list(enumerable)
    split_list(list, :erlang.max(length(list) + count, 0), [])
  end

  # The elements in the order reduce/3 visits them (for a big map, not the
  # order of to_list/1), as the functions Elixir writes over reduce/3 see them.
  defp reduced_list(list) when is_list(list), do: list
  defp reduced_list(enumerable), do: :lists.reverse(reverse(enumerable))

  defp split_list(list, 0, acc), do: {:lists.reverse(acc), list}
  defp split_list([], _n, acc), do: {:lists.reverse(acc), []}
  defp split_list([h | t], n, acc), do: split_list(t, n - 1, [h | acc])

  @doc "`{leading elements for which fun is truthy, the rest}`."
  def split_while(enumerable, fun), do: split_while_list(reduced_list(enumerable), fun, [])

  defp split_while_list([h | t] = list, fun, acc) do
    if fun.(h), do: split_while_list(t, fun, [h | acc]), else: {:lists.reverse(acc), list}
  end

  defp split_while_list([], _fun, acc), do: {:lists.reverse(acc), []}

  @doc "A sub-list: `slice(enum, start, amount)` or `slice(enum, first..last//step)`."
  def slice(enumerable, %Range{first: first, last: last, step: step}) do
    cond do
      step > 0 ->
        slice_range(enumerable, first, last, step)

      step == -1 and first > last ->
        slice_range(enumerable, first, last, 1)

      true ->
        raise ArgumentError,
              "Enum.slice/2 does not accept ranges with negative steps, got: " <>
                inspect(first) <> ".." <> inspect(last) <> "//" <> inspect(step)
    end
  end

  defp slice_range(enumerable, first, last, step) when first >= 0 and last >= first do
    slice_forward(enumerable, first, last - first + 1, step)
  end

  defp slice_range(enumerable, first, last, step) do
    list = to_list(enumerable)
    count = length(list)
    first = if first >= 0, do: first, else: :erlang.max(first + count, 0)
    last = if last >= 0, do: last, else: last + count
    amount = last - first + 1

    if first < count and amount > 0 do
      slice_list(list, first, :erlang.min(amount, count - first), step)
    else
      []
    end
  end

  @doc "`amount` elements starting at `start` (negative counts from the end)."
  def slice(_enumerable, start, 0) when is_integer(start), do: []

  def slice(enumerable, start, amount)
      when is_integer(start) and start < 0 and is_integer(amount) and amount >= 0 do
    list = to_list(enumerable)
    count = length(list)
    start = :erlang.max(count + start, 0)
    amount = :erlang.min(amount, count - start)
    if amount > 0, do: slice_list(list, start, amount, 1), else: []
  end

  def slice(enumerable, start, amount)
      when is_integer(start) and start >= 0 and is_integer(amount) and amount >= 0 do
    slice_forward(enumerable, start, amount, 1)
  end

  # `amount` positions from `start`, keeping every `step`-th one.
  defp slice_forward(list, start, amount, step) when is_list(list) do
    slice_list(list, start, amount, step)
  end

  defp slice_forward(enumerable, start, amount, step) do
    # State: {collected (reversed), position relative to start}.
    stop = amount - 1

    {list, _} =
      halting(enumerable, {[], -start}, fn x, {acc, pos} ->
        cond do
          pos < 0 -> {:cont, {acc, pos + 1}}
          pos >= stop -> {:halt, {keep_step(x, acc, pos, step), pos + 1}}
          true -> {:cont, {keep_step(x, acc, pos, step), pos + 1}}
        end
      end)

    :lists.reverse(list)
  end

  defp keep_step(x, acc, pos, step), do: if(rem(pos, step) == 0, do: [x | acc], else: acc)

  defp slice_list(list, start, amount, step) do
    every_step(take_list(drop_list(list, start), amount, []), step)
  end

  defp every_step(list, 1), do: list
  defp every_step(list, step), do: every_step(list, step, 0, [])
  defp every_step([], _step, _i, acc), do: :lists.reverse(acc)

  defp every_step([h | t], step, i, acc) do
    if rem(i, step) == 0,
      do: every_step(t, step, i + 1, [h | acc]),
      else: every_step(t, step, i + 1, acc)
  end

  @doc "Reverses `count` elements starting at `start`."
  def reverse_slice(enumerable, start, count)
      when is_integer(start) and start >= 0 and is_integer(count) and count >= 0 do
    list = reduced_list(enumerable)
    {front, rest} = split_list(list, start, [])
    {middle, back} = split_list(rest, count, [])
    front ++ :lists.reverse(middle, back)
  end

  # ------------------------------------------------------------------
  # Chunking

  @doc "Chunks of `count` elements; see chunk_every/4."
  def chunk_every(enumerable, count), do: chunk_every(enumerable, count, count, [])

  @doc """
  Chunks of `count` elements, each starting `step` elements after the
  previous one; the last chunk is filled from `leftover` or dropped when
  `leftover` is `:discard`.
  """
  def chunk_every(enumerable, count, step, leftover \\ [])
      when is_integer(count) and count > 0 and is_integer(step) and step > 0 do
    limit = :erlang.max(count, step)

    chunk_fun = fn entry, {buffer, n} ->
      buffer = [entry | buffer]
      n = n + 1

      state =
        if n >= limit do
          remaining = n - step
          {take_list(buffer, remaining, []), remaining}
        else
          {buffer, n}
        end

      if n == count, do: {:cont, :lists.reverse(buffer), state}, else: {:cont, state}
    end

    after_fun = fn {buffer, n} ->
      if leftover == :discard or n == 0 or n >= count do
        {:cont, []}
      else
        {:cont, :lists.reverse(buffer, take(leftover, count - n)), []}
      end
    end

    chunk_while(enumerable, {[], 0}, chunk_fun, after_fun)
  end

  @doc """
  Chunks with full control: `chunk_fun.(element, acc)` returns
  `{:cont, chunk, acc}`, `{:cont, acc}` or `{:halt, acc}`, and
  `after_fun.(acc)` emits a last chunk or not.
  """
  def chunk_while(enumerable, acc, chunk_fun, after_fun) do
    {chunks, acc} =
      halting(enumerable, {[], acc}, fn x, {chunks, acc} ->
        case chunk_fun.(x, acc) do
          {:cont, chunk, acc} -> {:cont, {[chunk | chunks], acc}}
          {:cont, acc} -> {:cont, {chunks, acc}}
          {:halt, acc} -> {:halt, {chunks, acc}}
        end
      end)

    case after_fun.(acc) do
      {:cont, _acc} -> :lists.reverse(chunks)
      {:cont, chunk, _acc} -> :lists.reverse([chunk | chunks])
    end
  end

  @doc "Splits into runs of consecutive elements for which `fun` returns the same value."
  def chunk_by(enumerable, fun) do
    {chunk_fun, after_fun} = __chunk_by__(fun)
    chunk_while(enumerable, nil, chunk_fun, after_fun)
  end

  @doc false
  # The chunk_while/4 functions of chunk_by (here and in Stream).
  def __chunk_by__(fun) do
    chunk_fun = fn
      x, nil ->
        {:cont, {[x], fun.(x)}}

      x, {acc, value} ->
        case fun.(x) do
          ^value -> {:cont, {[x | acc], value}}
          new_value -> {:cont, :lists.reverse(acc), {[x], new_value}}
        end
    end

    after_fun = fn
      nil -> {:cont, :done}
      {acc, _value} -> {:cont, :lists.reverse(acc), :done}
    end

    {chunk_fun, after_fun}
  end

  # ------------------------------------------------------------------
  # Combining

  @doc "Concatenates an enumerable of enumerables."
  def concat(enumerables) do
    :lists.reverse(reduce(enumerables, [], fn e, acc -> prepend_reversed(e, acc) end))
  end

  @doc "Concatenates two enumerables."
  def concat(left, right) when is_list(left) and is_list(right), do: left ++ right
  def concat(left, right), do: concat([left, right])

  @doc "Reverses the enumerable."
  def reverse(list) when is_list(list), do: :lists.reverse(list)
  def reverse(enumerable), do: reduce(enumerable, [], fn x, acc -> [x | acc] end)

  @doc "Reverses the enumerable and appends `tail`."
  def reverse(list, tail) when is_list(list) and is_list(tail), do: :lists.reverse(list, tail)
  def reverse(enumerable, tail), do: reduce(enumerable, to_list(tail), fn x, acc -> [x | acc] end)

  @doc "Zips two enumerables into a list of pairs, stopping at the shorter."
  def zip(list1, list2) when is_list(list1) and is_list(list2), do: zip_lists(list1, list2, [])
  def zip(enumerable1, enumerable2), do: zip_with([enumerable1, enumerable2], &:erlang.list_to_tuple/1)

  defp zip_lists([h1 | t1], [h2 | t2], acc), do: zip_lists(t1, t2, [{h1, h2} | acc])
  defp zip_lists(_, _, acc), do: :lists.reverse(acc)

  @doc "Zips an enumerable of enumerables into a list of tuples."
  def zip([]), do: []
  def zip(enumerables), do: zip_with(enumerables, &:erlang.list_to_tuple/1)

  @doc "Zips two enumerables, combining elements with `fun.(a, b)`."
  def zip_with(list1, list2, fun) when is_list(list1) and is_list(list2),
    do: zip_with_lists(list1, list2, fun, [])

  def zip_with(enumerable1, enumerable2, fun) do
    zip_with([enumerable1, enumerable2], fn [a, b] -> fun.(a, b) end)
  end

  defp zip_with_lists([h1 | t1], [h2 | t2], fun, acc), do: zip_with_lists(t1, t2, fun, [fun.(h1, h2) | acc])
  defp zip_with_lists(_, _, _fun, acc), do: :lists.reverse(acc)

  @doc "Zips an enumerable of enumerables, combining each row (a list) with `fun`."
  def zip_with([], _fun), do: []

  def zip_with(enumerables, fun) do
    enumerables = to_list(enumerables)

    if all_list(enumerables, &is_list/1) do
      zip_lists_n(enumerables, fun, [])
    else
      to_list(__zip_stream__(enumerables, fun))
    end
  end

  defp zip_lists_n(lists, fun, acc) do
    case heads_tails(lists, [], []) do
      {:ok, heads, tails} -> zip_lists_n(tails, fun, [fun.(heads) | acc])
      :done -> :lists.reverse(acc)
    end
  end

  defp heads_tails([], heads, tails), do: {:ok, :lists.reverse(heads), :lists.reverse(tails)}
  defp heads_tails([[h | t] | rest], heads, tails), do: heads_tails(rest, [h | heads], [t | tails])
  defp heads_tails([_ | _], _heads, _tails), do: :done

  @doc "Reduces two enumerables in step: `fun.(a, b, acc)`."
  def zip_reduce(left, right, acc, fun) when is_list(left) and is_list(right),
    do: zip_reduce_lists(left, right, acc, fun)

  def zip_reduce(left, right, acc, fun) do
    reduce(__zip_stream__([left, right], & &1), acc, fn [a, b], acc -> fun.(a, b, acc) end)
  end

  defp zip_reduce_lists([h1 | t1], [h2 | t2], acc, fun), do: zip_reduce_lists(t1, t2, fun.(h1, h2, acc), fun)
  defp zip_reduce_lists(_, _, acc, _fun), do: acc

  @doc "Reduces an enumerable of enumerables in step: `fun.(row, acc)`."
  def zip_reduce(enumerables, acc, fun) do
    reduce(__zip_stream__(to_list(enumerables), & &1), acc, fun)
  end

  @doc false
  # A function enumerable yielding zip_fun.([x1, x2, ...]) for the rows of
  # `enumerables`, which it reads in step using suspension.
  def __zip_stream__(enumerables, zip_fun) do
    fn acc, fun ->
      conts = map_list(enumerables, &zip_start/1, [])
      zip_loop(conts, acc, fun, zip_fun)
    end
  end

  defp zip_start(enumerable) do
    fn acc -> Enumerable.reduce(enumerable, acc, fn x, _ -> {:suspend, {:__enum_zip__, x}} end) end
  end

  defp zip_loop(conts, {:halt, acc}, _fun, _zip_fun) do
    zip_close(conts)
    {:halted, acc}
  end

  defp zip_loop(conts, {:suspend, acc}, fun, zip_fun) do
    {:suspended, acc, fn next -> zip_loop(conts, next, fun, zip_fun) end}
  end

  defp zip_loop(conts, {:cont, acc}, fun, zip_fun) do
    case zip_step(conts, [], []) do
      {:ok, row, conts} -> zip_loop(conts, fun.(zip_fun.(row), acc), fun, zip_fun)
      :done -> {:done, acc}
    end
  end

  defp zip_step([], row, conts), do: {:ok, :lists.reverse(row), :lists.reverse(conts)}

  defp zip_step([cont | rest], row, conts) do
    case cont.({:cont, nil}) do
      {:suspended, {:__enum_zip__, x}, next} ->
        zip_step(rest, [x | row], [next | conts])

      _finished ->
        zip_close(conts)
        zip_close(rest)
        :done
    end
  end

  defp zip_close([]), do: :ok

  defp zip_close([cont | rest]) do
    cont.({:halt, nil})
    zip_close(rest)
  end

  @doc "Splits a list of pairs into a pair of lists."
  def unzip(enumerable) do
    {as, bs} = reduce(enumerable, {[], []}, fn {a, b}, {as, bs} -> {[a | as], [b | bs]} end)
    {:lists.reverse(as), :lists.reverse(bs)}
  end

  # ------------------------------------------------------------------
  # Grouping and uniqueness

  @doc "Groups elements by `key_fun`, mapping each with `value_fun`."
  def group_by(enumerable, key_fun, value_fun \\ fn x -> x end) do
    reduce(reverse(enumerable), %{}, fn x, acc ->
      key = key_fun.(x)
      value = value_fun.(x)

      case :maps.find(key, acc) do
        {:ok, existing} -> :maps.put(key, [value | existing], acc)
        :error -> :maps.put(key, [value], acc)
      end
    end)
  end

  @doc "A map from each distinct element to the number of times it occurs."
  def frequencies(enumerable) do
    reduce(enumerable, %{}, fn x, acc -> :maps.put(x, :maps.get(x, acc, 0) + 1, acc) end)
  end

  @doc "A map from each distinct `key_fun` value to how many elements produce it."
  def frequencies_by(enumerable, key_fun) do
    reduce(enumerable, %{}, fn x, acc ->
      key = key_fun.(x)
      :maps.put(key, :maps.get(key, acc, 0) + 1, acc)
    end)
  end

  @doc "The elements without duplicates, keeping first occurrences."
  def uniq(enumerable), do: uniq_by(enumerable, fn x -> x end)

  @doc "The elements whose `fun` values have not been seen before."
  def uniq_by(list, fun) when is_list(list), do: uniq_list(list, fun, %{}, [])

  def uniq_by(enumerable, fun) do
    {list, _} =
      reduce(enumerable, {[], %{}}, fn x, {acc, seen} ->
        key = fun.(x)

        if :erlang.is_map_key(key, seen),
          do: {acc, seen},
          else: {[x | acc], :maps.put(key, true, seen)}
      end)

    :lists.reverse(list)
  end

  defp uniq_list([], _fun, _seen, acc), do: :lists.reverse(acc)

  defp uniq_list([h | t], fun, seen, acc) do
    key = fun.(h)

    if :erlang.is_map_key(key, seen),
      do: uniq_list(t, fun, seen, acc),
      else: uniq_list(t, fun, :maps.put(key, true, seen), [h | acc])
  end

  @doc "Removes consecutive duplicate elements."
  def dedup(enumerable) do
    result =
      reduce(enumerable, [], fn
        x, [prev | _] = acc when x === prev -> acc
        x, acc -> [x | acc]
      end)

    :lists.reverse(result)
  end

  @doc "Removes consecutive elements whose `fun` values are equal."
  def dedup_by(enumerable, fun) do
    {list, _} =
      reduce(enumerable, {[], :__enum_none__}, fn x, {acc, prev} ->
        value = fun.(x)

        case prev do
          {:__enum_some__, ^value} -> {acc, prev}
          _ -> {[x | acc], {:__enum_some__, value}}
        end
      end)

    :lists.reverse(list)
  end

  # ------------------------------------------------------------------
  # Collecting

  @doc "Inserts the elements into a collectable (a list, a map or a binary)."
  def into(enumerable, []), do: to_list(enumerable)
  def into(enumerable, list) when is_list(list), do: list ++ to_list(enumerable)

  def into(%{__struct__: _} = enumerable, %{__struct__: _} = collectable),
    do: into_other(enumerable, collectable)

  def into(enumerable, %{__struct__: _} = collectable), do: into_other(enumerable, collectable)

  def into(%{__struct__: _} = enumerable, map) when is_map(map), do: into_map(enumerable, map)
  def into(enumerable, map) when is_map(map) and is_map(enumerable), do: :maps.merge(map, enumerable)
  def into(enumerable, map) when is_map(map), do: into_map(enumerable, map)

  def into(enumerable, binary) when is_binary(binary) do
    :erlang.iolist_to_binary([binary | into_binaries(to_list(enumerable), [])])
  end

  def into(enumerable, collectable), do: into_other(enumerable, collectable)

  defp into_map(enumerable, map) do
    reduce(enumerable, map, fn {key, value}, acc -> :maps.put(key, value, acc) end)
  end

  defp into_binaries([], acc), do: :lists.reverse(acc)
  defp into_binaries([h | t], acc) when is_binary(h), do: into_binaries(t, [h | acc])
  defp into_binaries([h | _], _acc), do: raise(ArgumentError, "argument error: " <> inspect(h))

  defp into_other(_enumerable, collectable) do
    raise Protocol.UndefinedError, protocol: Collectable, value: collectable
  end

  @doc "Like into/2, transforming each element with `transform` first."
  def into(enumerable, collectable, transform) do
    into(map(enumerable, transform), collectable)
  end

  @doc "Joins the elements (converted with to_string/1) with `joiner` between them."
  def join(enumerable, joiner \\ "")

  def join(enumerable, joiner) when is_binary(joiner) do
    parts =
      reduce(enumerable, [], fn
        x, [] -> [entry_to_string(x)]
        x, acc -> [entry_to_string(x), joiner | acc]
      end)

    :erlang.iolist_to_binary(:lists.reverse(parts))
  end

  defp entry_to_string(x) when is_binary(x), do: x
  defp entry_to_string(x), do: to_string(x)

  @doc "Maps each element with `mapper` and joins the results with `joiner`."
  def map_join(enumerable, joiner \\ "", mapper)

  def map_join(enumerable, joiner, mapper) when is_binary(joiner) do
    parts =
      reduce(enumerable, [], fn
        x, [] -> [entry_to_string(mapper.(x))]
        x, acc -> [entry_to_string(mapper.(x)), joiner | acc]
      end)

    :erlang.iolist_to_binary(:lists.reverse(parts))
  end

  # ------------------------------------------------------------------
  # Minimum and maximum

  @doc "The largest element (the first of equal ones); `sorter` decides, `empty_fallback` answers for empty."
  def max(enumerable, sorter \\ fn a, b -> a >= b end, empty_fallback \\ fn -> raise Enum.EmptyError end)

  def max(enumerable, empty_fallback, _) when is_function(empty_fallback, 0) do
    pick(enumerable, fn a, b -> a >= b end, empty_fallback)
  end

  def max(enumerable, sorter, empty_fallback), do: pick(enumerable, max_sort_fun(sorter), empty_fallback)

  @doc "The smallest element (the first of equal ones); `sorter` decides, `empty_fallback` answers for empty."
  def min(enumerable, sorter \\ fn a, b -> a <= b end, empty_fallback \\ fn -> raise Enum.EmptyError end)

  def min(enumerable, empty_fallback, _) when is_function(empty_fallback, 0) do
    pick(enumerable, fn a, b -> a <= b end, empty_fallback)
  end

  def min(enumerable, sorter, empty_fallback), do: pick(enumerable, min_sort_fun(sorter), empty_fallback)

  defp max_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp max_sort_fun(module) when is_atom(module), do: fn a, b -> module.compare(a, b) != :lt end

  defp min_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp min_sort_fun(module) when is_atom(module), do: fn a, b -> module.compare(a, b) != :gt end

  defp pick(enumerable, sorter, empty_fallback) do
    result =
      reduce(enumerable, :__enum_empty__, fn
        x, :__enum_empty__ -> {:__enum_acc__, x}
        x, {:__enum_acc__, acc} = old -> if sorter.(acc, x), do: old, else: {:__enum_acc__, x}
      end)

    case result do
      {:__enum_acc__, x} -> x
      :__enum_empty__ -> empty_fallback.()
    end
  end

  @doc "The element with the largest `fun` value."
  def max_by(enumerable, fun, sorter \\ fn a, b -> a >= b end, empty_fallback \\ fn -> raise Enum.EmptyError end)

  def max_by(enumerable, fun, empty_fallback, _) when is_function(empty_fallback, 0) do
    pick_by(enumerable, fun, fn a, b -> a >= b end, empty_fallback)
  end

  def max_by(enumerable, fun, sorter, empty_fallback),
    do: pick_by(enumerable, fun, max_sort_fun(sorter), empty_fallback)

  @doc "The element with the smallest `fun` value."
  def min_by(enumerable, fun, sorter \\ fn a, b -> a <= b end, empty_fallback \\ fn -> raise Enum.EmptyError end)

  def min_by(enumerable, fun, empty_fallback, _) when is_function(empty_fallback, 0) do
    pick_by(enumerable, fun, fn a, b -> a <= b end, empty_fallback)
  end

  def min_by(enumerable, fun, sorter, empty_fallback),
    do: pick_by(enumerable, fun, min_sort_fun(sorter), empty_fallback)

  defp pick_by(enumerable, fun, sorter, empty_fallback) when is_function(fun, 1) do
    result =
      reduce(enumerable, :__enum_empty__, fn
        x, :__enum_empty__ ->
          {x, fun.(x)}

        x, {_, best} = old ->
          value = fun.(x)
          if sorter.(best, value), do: old, else: {x, value}
      end)

    case result do
      :__enum_empty__ -> empty_fallback.()
      {x, _} -> x
    end
  end

  @doc "`{min, max}` of the elements."
  def min_max(enumerable, empty_fallback \\ fn -> raise Enum.EmptyError end) do
    result =
      reduce(enumerable, :__enum_empty__, fn
        x, :__enum_empty__ ->
          {x, x}

        x, {lo, hi} ->
          lo = if x < lo, do: x, else: lo
          hi = if x > hi, do: x, else: hi
          {lo, hi}
      end)

    case result do
      :__enum_empty__ -> empty_fallback.()
      pair -> pair
    end
  end

  @doc "`{element with the smallest fun value, element with the largest}`."
  def min_max_by(enumerable, fun, sorter_or_empty_fallback \\ fn a, b -> a < b end, empty_fallback \\ fn -> raise Enum.EmptyError end)

  def min_max_by(enumerable, fun, empty_fallback, _) when is_function(empty_fallback, 0) do
    min_max_by_impl(enumerable, fun, fn a, b -> a < b end, empty_fallback)
  end

  def min_max_by(enumerable, fun, sorter, empty_fallback) when is_function(sorter, 2) do
    min_max_by_impl(enumerable, fun, sorter, empty_fallback)
  end

  def min_max_by(enumerable, fun, module, empty_fallback) when is_atom(module) do
    min_max_by_impl(enumerable, fun, fn a, b -> module.compare(a, b) == :lt end, empty_fallback)
  end

  defp min_max_by_impl(enumerable, fun, sorter, empty_fallback) do
    result =
      reduce(enumerable, :__enum_empty__, fn
        x, :__enum_empty__ ->
          value = fun.(x)
          {{x, x}, {value, value}}

        x, {{lo, hi}, {fun_lo, fun_hi}} = acc ->
          value = fun.(x)

          cond do
            sorter.(value, fun_lo) -> {{x, hi}, {value, fun_hi}}
            sorter.(fun_hi, value) -> {{lo, x}, {fun_lo, value}}
            true -> acc
          end
      end)

    case result do
      :__enum_empty__ -> empty_fallback.()
      {pair, _} -> pair
    end
  end

  # ------------------------------------------------------------------
  # Random choices, drawn from :rand in the order Elixir draws them, so a
  # seeded generator gives Elixir's results.

  @doc "A random element; Enum.EmptyError when there is none."
  def random(list) when is_list(list) do
    case length(list) do
      0 -> raise Enum.EmptyError
      length -> hd(drop_first(list, random_integer(0, length - 1)))
    end
  end

  def random(%Range{first: first, step: step} = range) do
    case Range.size(range) do
      0 -> raise Enum.EmptyError
      count -> first + random_integer(0, count - 1) * step
    end
  end

  def random(map) when is_map(map) and not is_map_key(map, :__struct__) do
    case map_size(map) do
      0 -> raise Enum.EmptyError
      count -> hd(drop_first(:maps.to_list(map), random_integer(0, count - 1)))
    end
  end

  def random(enumerable) do
    case take_random(enumerable, 1) do
      [] -> raise Enum.EmptyError
      [element] -> element
    end
  end

  @doc "The elements in a random order."
  def shuffle(enumerable) do
    randomized = reduce(enumerable, [], fn x, acc -> [{:rand.uniform(), x} | acc] end)
    shuffle_unwrap(:lists.keysort(1, randomized), [])
  end

  defp shuffle_unwrap([{_, h} | rest], t), do: shuffle_unwrap(rest, [h | t])
  defp shuffle_unwrap([], t), do: t

  @doc "`count` elements chosen at random (reservoir sampling), in random order."
  def take_random(_enumerable, 0), do: []
  def take_random([], _count), do: []
  def take_random([h | t], 1), do: take_random_one(t, h, 1)

  def take_random(enumerable, 1) do
    pick = fn
      x, [current | index] -> if :rand.uniform(index + 1) == 1, do: [x | index + 1], else: [current | index + 1]
      x, [] -> [x | 1]
    end

    case reduce(enumerable, [], pick) do
      [] -> []
      [current | _index] -> [current]
    end
  end

  def take_random(enumerable, count) when is_integer(count) and count >= 0 and count <= 128 do
    reducer = fn element, {idx, sample} ->
      jdx = random_integer(0, idx)

      cond do
        idx < count ->
          value = :erlang.element(jdx + 1, sample)
          {idx + 1, :erlang.setelement(jdx + 1, :erlang.setelement(idx + 1, sample, value), element)}

        jdx < count ->
          {idx + 1, :erlang.setelement(jdx + 1, sample, element)}

        true ->
          {idx + 1, sample}
      end
    end

    {size, sample} = reduce(enumerable, {0, :erlang.make_tuple(count, nil)}, reducer)
    take(:erlang.tuple_to_list(sample), Kernel.min(count, size))
  end

  def take_random(enumerable, count) when is_integer(count) and count >= 0 do
    reducer = fn element, {idx, sample} ->
      jdx = random_integer(0, idx)

      cond do
        idx < count ->
          value = Map.get(sample, jdx)
          {idx + 1, Map.put(Map.put(sample, idx, value), jdx, element)}

        jdx < count ->
          {idx + 1, Map.put(sample, jdx, element)}

        true ->
          {idx + 1, sample}
      end
    end

    {size, sample} = reduce(enumerable, {0, %{}}, reducer)
    take_random_sample(sample, Kernel.min(count, size), [])
  end

  defp take_random_sample(_sample, 0, acc), do: acc

  defp take_random_sample(sample, position, acc) do
    position = position - 1
    take_random_sample(sample, position, [Map.get(sample, position) | acc])
  end

  defp take_random_one([h | t], current, index) do
    if :rand.uniform(index + 1) == 1,
      do: take_random_one(t, h, index + 1),
      else: take_random_one(t, current, index + 1)
  end

  defp take_random_one([], current, _index), do: [current]

  defp random_integer(limit, limit) when is_integer(limit), do: limit
  defp random_integer(lower, upper) when upper < lower, do: random_integer(upper, lower)
  defp random_integer(lower, upper), do: lower + :rand.uniform(upper - lower + 1) - 1

  defp drop_first(list, 0), do: list
  defp drop_first([_ | tail], n), do: drop_first(tail, n - 1)
  defp drop_first([], _n), do: []

  # ------------------------------------------------------------------
  # Sorting

  @doc """
  Sorts in term order: a list by `:lists.sort/1`, as Elixir does (equal
  terms such as 1 and 1.0 come out in the order OTP's merge sort leaves
  them), anything else stably.
  """
  def sort(enumerable) when is_list(enumerable), do: :lists.sort(enumerable)
  def sort(enumerable), do: :lists.sort(&<=/2, to_list(enumerable))

  @doc "Sorts with `sorter`: a function `(a, b -> a goes first)`, `:asc`, `:desc`, or a module with compare/2."
  def sort(enumerable, sorter), do: :lists.sort(to_sort_fun(sorter), to_list(enumerable))

  defp to_sort_fun(sorter) when is_function(sorter, 2), do: sorter
  defp to_sort_fun(:asc), do: &<=/2
  defp to_sort_fun(:desc), do: &>=/2
  defp to_sort_fun({:asc, module}) when is_atom(module), do: fn a, b -> module.compare(a, b) != :gt end
  defp to_sort_fun({:desc, module}) when is_atom(module), do: fn a, b -> module.compare(a, b) != :lt end
  defp to_sort_fun(module) when is_atom(module), do: fn a, b -> module.compare(a, b) != :gt end

  @doc "Sorts by the values of `mapper`, compared with `sorter` (default :asc)."
  def sort_by(enumerable, mapper, sorter \\ :asc)

  # As Elixir does it: :desc sorts the reversed pairs ascending and reverses
  # the result, which keeps equal keys in their order.
  def sort_by(enumerable, mapper, :desc) when is_function(mapper, 1) do
    pairs = reduce(enumerable, [], fn x, acc -> [{x, mapper.(x)} | acc] end)
    List.foldl(List.keysort(pairs, 1, :asc), [], fn {x, _}, acc -> [x | acc] end)
  end

  def sort_by(enumerable, mapper, sorter) when is_function(mapper, 1) do
    pairs = map(enumerable, fn x -> {x, mapper.(x)} end)
    map_list(List.keysort(pairs, 1, sorter), fn {x, _} -> x end, [])
  end

  @doc false
  # Erlang's lists:sort/2 (a merge sort), ported so that orderings that are
  # not a total preorder (e.g. &>/2) give exactly the same result.
  def __sort__([], _fun), do: []
  def __sort__([_] = list, _fun), do: list

  def __sort__([x, y | t], fun) do
    case fun.(x, y) do
      true -> fsplit_1(y, x, fun, t, [], [])
      false -> fsplit_2(y, x, fun, t, [], [])
    end
  end

  defp fsplit_1(y, x, fun, [z | l], r, rs) do
    case fun.(y, z) do
      true ->
        fsplit_1(z, y, fun, l, [x | r], rs)

      false ->
        case fun.(x, z) do
          true -> fsplit_1(y, z, fun, l, [x | r], rs)
          false when r == [] -> fsplit_1(y, x, fun, l, [z], rs)
          false -> fsplit_1_1(y, x, fun, l, r, rs, z)
        end
    end
  end

  defp fsplit_1(y, x, fun, [], r, rs), do: rfmergel([[y, x | r] | rs], [], fun, :asc)

  defp fsplit_1_1(y, x, fun, [z | l], r, rs, s) do
    case fun.(y, z) do
      true ->
        fsplit_1_1(z, y, fun, l, [x | r], rs, s)

      false ->
        case fun.(x, z) do
          true ->
            fsplit_1_1(y, z, fun, l, [x | r], rs, s)

          false ->
            case fun.(s, z) do
              true -> fsplit_1(z, s, fun, l, [], [[y, x | r] | rs])
              false -> fsplit_1(s, z, fun, l, [], [[y, x | r] | rs])
            end
        end
    end
  end

  defp fsplit_1_1(y, x, fun, [], r, rs, s), do: rfmergel([[s], [y, x | r] | rs], [], fun, :asc)

  defp fsplit_2(y, x, fun, [z | l], r, rs) do
    case fun.(y, z) do
      false ->
        fsplit_2(z, y, fun, l, [x | r], rs)

      true ->
        case fun.(x, z) do
          false -> fsplit_2(y, z, fun, l, [x | r], rs)
          true when r == [] -> fsplit_2(y, x, fun, l, [z], rs)
          true -> fsplit_2_1(y, x, fun, l, r, rs, z)
        end
    end
  end

  defp fsplit_2(y, x, fun, [], r, rs), do: fmergel([[y, x | r] | rs], [], fun, :desc)

  defp fsplit_2_1(y, x, fun, [z | l], r, rs, s) do
    case fun.(y, z) do
      false ->
        fsplit_2_1(z, y, fun, l, [x | r], rs, s)

      true ->
        case fun.(x, z) do
          false ->
            fsplit_2_1(y, z, fun, l, [x | r], rs, s)

          true ->
            case fun.(s, z) do
              false -> fsplit_2(z, s, fun, l, [], [[y, x | r] | rs])
              true -> fsplit_2(s, z, fun, l, [], [[y, x | r] | rs])
            end
        end
    end
  end

  defp fsplit_2_1(y, x, fun, [], r, rs, s), do: fmergel([[s], [y, x | r] | rs], [], fun, :desc)

  defp fmergel([t1, [h2 | t2] | l], acc, fun, :asc),
    do: fmergel(l, [fmerge2_1(t1, h2, fun, t2, []) | acc], fun, :asc)

  defp fmergel([[h2 | t2], t1 | l], acc, fun, :desc),
    do: fmergel(l, [fmerge2_1(t1, h2, fun, t2, []) | acc], fun, :desc)

  defp fmergel([l], [], _fun, _o), do: l
  defp fmergel([l], acc, fun, o), do: rfmergel([:lists.reverse(l, []) | acc], [], fun, o)
  defp fmergel([], acc, fun, o), do: rfmergel(acc, [], fun, o)

  defp rfmergel([[h2 | t2], t1 | l], acc, fun, :asc),
    do: rfmergel(l, [rfmerge2_1(t1, h2, fun, t2, []) | acc], fun, :asc)

  defp rfmergel([t1, [h2 | t2] | l], acc, fun, :desc),
    do: rfmergel(l, [rfmerge2_1(t1, h2, fun, t2, []) | acc], fun, :desc)

  defp rfmergel([l], acc, fun, o), do: fmergel([:lists.reverse(l, []) | acc], [], fun, o)
  defp rfmergel([], acc, fun, o), do: fmergel(acc, [], fun, o)

  defp fmerge2_1([h1 | t1], h2, fun, t2, m) do
    case fun.(h1, h2) do
      true -> fmerge2_1(t1, h2, fun, t2, [h1 | m])
      false -> fmerge2_2(h1, t1, fun, t2, [h2 | m])
    end
  end

  defp fmerge2_1([], h2, _fun, t2, m), do: :lists.reverse(t2, [h2 | m])

  defp fmerge2_2(h1, t1, fun, [h2 | t2], m) do
    case fun.(h1, h2) do
      true -> fmerge2_1(t1, h2, fun, t2, [h1 | m])
      false -> fmerge2_2(h1, t1, fun, t2, [h2 | m])
    end
  end

  defp fmerge2_2(h1, t1, _fun, [], m), do: :lists.reverse(t1, [h1 | m])

  defp rfmerge2_1([h1 | t1], h2, fun, t2, m) do
    case fun.(h1, h2) do
      true -> rfmerge2_2(h1, t1, fun, t2, [h2 | m])
      false -> rfmerge2_1(t1, h2, fun, t2, [h1 | m])
    end
  end

  defp rfmerge2_1([], h2, _fun, t2, m), do: :lists.reverse(t2, [h2 | m])

  defp rfmerge2_2(h1, t1, fun, [h2 | t2], m) do
    case fun.(h1, h2) do
      true -> rfmerge2_2(h1, t1, fun, t2, [h2 | m])
      false -> rfmerge2_1(t1, h2, fun, t2, [h1 | m])
    end
  end

  defp rfmerge2_2(h1, t1, _fun, [], m), do: :lists.reverse(t1, [h1 | m])
end
