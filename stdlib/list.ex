defmodule List do
  @moduledoc """
  Functions specific to lists.  Indexes are zero-based; "key" functions
  look at the element at zero-based `position` of the tuples in the list
  and compare keys with `==`, as Erlang's `lists:key*` functions do.
  """

  @doc "The first element, or `default` for an empty list."
  def first(list, default \\ nil)
  def first([], default), do: default
  def first([h | _], _default), do: h

  @doc "The last element, or `default` for an empty list."
  def last(list, default \\ nil)
  def last([], default), do: default
  def last([h], _default), do: h
  def last([_ | t], default), do: last(t, default)

  @doc "Flattens nested lists."
  def flatten(list) when is_list(list), do: flatten(list, [])

  @doc "Flattens nested lists and appends `tail`."
  def flatten(list, tail) when is_list(list) and is_list(tail) do
    :lists.reverse(flatten_acc(list, []), tail)
  end

  # Pushes the leaves of `list` onto `acc`, reversed.
  defp flatten_acc([], acc), do: acc
  defp flatten_acc([h | t], acc) when is_list(h), do: flatten_acc(t, flatten_acc(h, acc))
  defp flatten_acc([h | t], acc), do: flatten_acc(t, [h | acc])

  @doc "Folds from the left: `fun.(element, acc)`."
  def foldl(list, acc, fun) when is_list(list) and is_function(fun, 2), do: do_foldl(list, acc, fun)

  defp do_foldl([], acc, _fun), do: acc
  defp do_foldl([h | t], acc, fun), do: do_foldl(t, fun.(h, acc), fun)

  @doc "Folds from the right: `fun.(element, acc)`."
  def foldr(list, acc, fun) when is_list(list) and is_function(fun, 2) do
    do_foldl(:lists.reverse(list), acc, fun)
  end

  @doc "`[]` for nil, the list itself for a list, `[term]` otherwise."
  def wrap(nil), do: []
  def wrap(list) when is_list(list), do: list
  def wrap(other), do: [other]

  @doc "A list of `n` copies of `element`."
  def duplicate(element, n) when is_integer(n) and n >= 0, do: duplicate_acc(element, n, [])

  defp duplicate_acc(_element, 0, acc), do: acc
  defp duplicate_acc(element, n, acc), do: duplicate_acc(element, n - 1, [element | acc])

  @doc "Zips a list of lists into a list of tuples, stopping at the shortest."
  def zip([]), do: []
  def zip(lists) when is_list(lists), do: Enum.zip(lists)

  @doc "Whether the list is improper (does not end in `[]`)."
  def improper?(list) when is_list(list) and list != [], do: improper_tail(list)
  def improper?(list) when is_list(list), do: false

  defp improper_tail([_ | t]) when is_list(t), do: improper_tail(t)
  defp improper_tail([_ | _]), do: true
  defp improper_tail([]), do: false

  @doc "Whether the list starts with `prefix`."
  def starts_with?(list, [])  when is_list(list), do: true
  def starts_with?([h | t], [h | rest]), do: starts_with?(t, rest)
  def starts_with?(list, prefix) when is_list(list) and is_list(prefix), do: false

  @doc "Converts the list to a tuple."
  def to_tuple(list) when is_list(list), do: :erlang.list_to_tuple(list)

  @doc "Removes the first occurrence of `element` (matched strictly)."
  def delete(list, element) when is_list(list), do: delete_acc(list, element, [])

  defp delete_acc([], _element, acc), do: :lists.reverse(acc)
  defp delete_acc([h | t], element, acc) when h === element, do: :lists.reverse(acc, t)
  defp delete_acc([h | t], element, acc), do: delete_acc(t, element, [h | acc])

  # A negative index counts from the end; nil when it falls before the start.
  defp normalize_index(list, index) when index < 0 do
    position = length(list) + index
    if position >= 0, do: position, else: nil
  end

  defp normalize_index(_list, index), do: index

  @doc "The list without the element at `index` (unchanged when out of range)."
  def delete_at(list, index) when is_list(list) and is_integer(index) do
    case pop_at(list, index) do
      {_, rest} -> rest
    end
  end

  @doc "Inserts `value` at `index`; -1 appends, out of range indexes clamp to the ends."
  def insert_at(list, index, value) when is_list(list) and is_integer(index) do
    if index < 0 do
      position = length(list) + index + 1
      if position < 0, do: [value | list], else: insert_acc(list, position, value, [])
    else
      insert_acc(list, index, value, [])
    end
  end

  defp insert_acc(list, 0, value, acc), do: :lists.reverse(acc, [value | list])
  defp insert_acc([], _index, value, acc), do: :lists.reverse(acc, [value])
  defp insert_acc([h | t], index, value, acc), do: insert_acc(t, index - 1, value, [h | acc])

  @doc "Replaces the element at `index` with `value` (unchanged when out of range)."
  def replace_at(list, index, value) when is_list(list) and is_integer(index) do
    update_at(list, index, fn _ -> value end)
  end

  @doc "Replaces the element at `index` with `fun.(element)` (unchanged when out of range)."
  def update_at(list, index, fun) when is_list(list) and is_integer(index) and is_function(fun, 1) do
    case normalize_index(list, index) do
      nil -> list
      position -> update_acc(list, position, fun, [])
    end
  end

  defp update_acc([], _index, _fun, acc), do: :lists.reverse(acc)
  defp update_acc([h | t], 0, fun, acc), do: :lists.reverse(acc, [fun.(h) | t])
  defp update_acc([h | t], index, fun, acc), do: update_acc(t, index - 1, fun, [h | acc])

  @doc "`{element at index, list without it}`, or `{default, list}` when out of range."
  def pop_at(list, index, default \\ nil) when is_list(list) and is_integer(index) do
    case normalize_index(list, index) do
      nil -> {default, list}
      position -> pop_acc(list, position, default, [])
    end
  end

  defp pop_acc([], _index, default, acc), do: {default, :lists.reverse(acc)}
  defp pop_acc([h | t], 0, _default, acc), do: {h, :lists.reverse(acc, t)}
  defp pop_acc([h | t], index, default, acc), do: pop_acc(t, index - 1, default, [h | acc])

  @doc "The first tuple whose element at `position` equals `key`, or `default`."
  def keyfind(list, key, position, default \\ nil) when is_integer(position) and position >= 0 do
    case :lists.keyfind(key, position + 1, list) do
      false -> default
      tuple -> tuple
    end
  end

  @doc "Like keyfind/3, raising KeyError when nothing matches."
  def keyfind!(list, key, position) when is_integer(position) and position >= 0 do
    case :lists.keyfind(key, position + 1, list) do
      false ->
        raise KeyError,
          key: key,
          term: list,
          message:
            "key " <> inspect(key) <> " at position " <> inspect(position) <> " not found in: " <> inspect(list)

      tuple ->
        tuple
    end
  end

  @doc "Whether some tuple has `key` at `position`."
  def keymember?(list, key, position) when is_integer(position) and position >= 0 do
    :lists.keyfind(key, position + 1, list) != false
  end

  @doc "Removes the first tuple with `key` at `position`."
  def keydelete(list, key, position) when is_integer(position) and position >= 0 do
    key_acc(list, key, position + 1, :delete, [])
  end

  @doc "Replaces the first tuple with `key` at `position` by `new_tuple`."
  def keyreplace(list, key, position, new_tuple) when is_integer(position) and position >= 0 do
    key_acc(list, key, position + 1, {:replace, new_tuple}, [])
  end

  @doc "Replaces the first tuple with `key` at `position`, or appends `new_tuple`."
  def keystore(list, key, position, new_tuple) when is_integer(position) and position >= 0 do
    key_acc(list, key, position + 1, {:store, new_tuple}, [])
  end

  defp key_acc([], _key, _n, {:store, tuple}, acc), do: :lists.reverse(acc, [tuple])
  defp key_acc([], _key, _n, _op, acc), do: :lists.reverse(acc)

  defp key_acc([h | t], key, n, op, acc) do
    if is_tuple(h) and tuple_size(h) >= n and :erlang.element(n, h) == key do
      case op do
        :delete -> :lists.reverse(acc, t)
        {_, tuple} -> :lists.reverse(acc, [tuple | t])
      end
    else
      key_acc(t, key, n, op, [h | acc])
    end
  end

  @doc "`{tuple, rest}` for the first tuple with `key` at `position`, or nil."
  def keytake(list, key, position) when is_integer(position) and position >= 0 do
    case :lists.keyfind(key, position + 1, list) do
      false -> nil
      tuple -> {tuple, keydelete(list, key, position)}
    end
  end

  @doc "Sorts tuples by the element at `position` (stable); `sorter` is :asc, :desc, a function or a module."
  def keysort(list, position, sorter \\ :asc)

  def keysort(list, position, :asc) when is_list(list) and is_integer(position),
    do: :lists.keysort(position + 1, list)

  def keysort(list, position, sorter) when is_list(list) and is_integer(position),
    do: :lists.sort(keysort_fun(sorter, position + 1), list)

  defp keysort_fun(sorter, n) when is_function(sorter, 2),
    do: fn a, b -> sorter.(:erlang.element(n, a), :erlang.element(n, b)) end

  defp keysort_fun(:desc, n), do: fn a, b -> :erlang.element(n, a) >= :erlang.element(n, b) end

  defp keysort_fun(module, n) when is_atom(module),
    do: fn a, b -> module.compare(:erlang.element(n, a), :erlang.element(n, b)) != :gt end

  defp keysort_fun({:asc, module}, n) when is_atom(module),
    do: fn a, b -> module.compare(:erlang.element(n, a), :erlang.element(n, b)) != :gt end

  defp keysort_fun({:desc, module}, n) when is_atom(module),
    do: fn a, b -> module.compare(:erlang.element(n, a), :erlang.element(n, b)) != :lt end

  @doc "Whether the list is a charlist of printable ASCII characters (checking at most `limit`)."
  def ascii_printable?(list, limit \\ :infinity)

  def ascii_printable?(list, limit) when is_list(list) and (limit == :infinity or (is_integer(limit) and limit >= 0)) do
    ascii_check(list, limit)
  end

  defp ascii_check(_list, 0), do: true
  defp ascii_check([], _limit), do: true

  defp ascii_check([c | t], limit) when is_integer(c) and c >= 32 and c <= 126,
    do: ascii_check(t, decrement(limit))

  defp ascii_check([c | t], limit) when c in [?\n, ?\r, ?\t, ?\v, ?\b, ?\f, ?\e, ?\d, ?\a],
    do: ascii_check(t, decrement(limit))

  defp ascii_check(_, _limit), do: false

  defp decrement(:infinity), do: :infinity
  defp decrement(n), do: n - 1

  @doc "The string a charlist (or any chardata) stands for."
  # the built-in behind to_string/1 and interpolation, errors included
  def to_string(list) when is_list(list), do: :beamlet.to_string(list)

  @doc "The atom a charlist stands for."
  def to_atom(list) when is_list(list), do: :erlang.list_to_atom(list)

  @doc "The integer a charlist stands for."
  def to_integer(list) when is_list(list), do: :erlang.binary_to_integer(:unicode.characters_to_binary(list))

  @doc "The integer a charlist stands for in `base`."
  def to_integer(list, base) when is_list(list), do: :erlang.binary_to_integer(:unicode.characters_to_binary(list), base)

  @doc "The float a charlist stands for."
  def to_float(list) when is_list(list), do: :erlang.binary_to_float(:unicode.characters_to_binary(list))

  @doc "The charlist a list of code points, strings and such lists stands for."
  def to_charlist(list) when is_list(list) do
    case :unicode.characters_to_list(list) do
      result when is_list(result) -> result
      {:error, encoded, rest} -> raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :invalid
      {:incomplete, encoded, rest} -> raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :incomplete
    end
  rescue
    ArgumentError -> raise ArgumentError, not_chardata(list)
  end

  defp not_chardata(list) do
    "cannot convert the given list to a charlist.\n\nTo be converted to a charlist, a list must contain only:\n\n" <>
      "  * strings\n  * integers representing Unicode code points\n" <>
      "  * or a list containing one of these three elements\n\nPlease check the given list or call inspect/1 " <>
      "to get the list representation, got:\n\n" <> inspect(list) <> "\n"
  end
end
