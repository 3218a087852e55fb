defmodule Keyword do
  @moduledoc "Functions on keyword lists: lists of `{atom, value}` pairs."

  @doc "The value of the first `key`, or `default`."
  def get(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> default
    end
  end

  @doc "`{:ok, value}` or `:error`."
  def fetch(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> {:ok, value}
      false -> :error
    end
  end

  @doc "The value of `key`; raises KeyError when it is missing."
  def fetch!(keywords, key) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, value} -> value
      false -> raise KeyError, key: key, term: keywords
    end
  end

  @doc "Every value of `key`."
  def get_values(keywords, key) when is_list(keywords) and is_atom(key) do
    for_key(keywords, key, [])
  end

  defp for_key([], _key, acc), do: :lists.reverse(acc)
  defp for_key([{key, v} | rest], key, acc), do: for_key(rest, key, [v | acc])
  defp for_key([_ | rest], key, acc), do: for_key(rest, key, acc)

  @doc "Puts `value` under `key`, removing other entries for it."
  def put(keywords, key, value) when is_list(keywords) and is_atom(key) do
    [{key, value} | delete(keywords, key)]
  end

  @doc "Puts `value` under `key` unless present."
  def put_new(keywords, key, value) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> keywords
      false -> [{key, value} | keywords]
    end
  end

  @doc "Removes every entry for `key`."
  def delete(keywords, key) when is_list(keywords) and is_atom(key), do: delete_key(keywords, key, [])

  defp delete_key([], _key, acc), do: :lists.reverse(acc)
  defp delete_key([{key, _} | rest], key, acc), do: delete_key(rest, key, acc)
  defp delete_key([pair | rest], key, acc), do: delete_key(rest, key, [pair | acc])

  @doc "Whether `key` is present."
  def has_key?(keywords, key) when is_list(keywords) and is_atom(key) do
    :lists.keyfind(key, 1, keywords) != false
  end

  @doc "The keys, in order."
  def keys(keywords) when is_list(keywords), do: keys(keywords, [])
  defp keys([], acc), do: :lists.reverse(acc)
  defp keys([{k, _} | rest], acc), do: keys(rest, [k | acc])

  @doc "The values, in order."
  def values(keywords) when is_list(keywords), do: values(keywords, [])
  defp values([], acc), do: :lists.reverse(acc)
  defp values([{_, v} | rest], acc), do: values(rest, [v | acc])

  @doc "Merges two keyword lists; entries of the second win."
  def merge(keywords1, keywords2) when is_list(keywords1) and is_list(keywords2) do
    drop(keywords1, keys(keywords2)) ++ keywords2
  end

  @doc "The entries whose keys are not in `keys`."
  def drop(keywords, keys) when is_list(keywords) and is_list(keys), do: drop_keys(keywords, keys, [])

  defp drop_keys([], _keys, acc), do: :lists.reverse(acc)

  defp drop_keys([{k, _} = pair | rest], keys, acc) do
    if :lists.member(k, keys), do: drop_keys(rest, keys, acc), else: drop_keys(rest, keys, [pair | acc])
  end

  @doc "The entries whose keys are in `keys`."
  def take(keywords, keys) when is_list(keywords) and is_list(keys), do: take_keys(keywords, keys, [])

  defp take_keys([], _keys, acc), do: :lists.reverse(acc)

  defp take_keys([{k, _} = pair | rest], keys, acc) do
    if :lists.member(k, keys), do: take_keys(rest, keys, [pair | acc]), else: take_keys(rest, keys, acc)
  end

  @doc "Whether a term is a keyword list."
  def keyword?([]), do: true
  def keyword?([{key, _} | rest]) when is_atom(key), do: keyword?(rest)
  def keyword?(_), do: false

  @doc "An empty keyword list."
  def new(), do: []

  @doc "A keyword list from pairs; a later duplicate key replaces an earlier one."
  def new(pairs), do: new(pairs, fn pair -> pair end)

  def new(pairs, transform) do
    folded =
      Enum.reduce(pairs, [], fn pair, acc ->
        {key, value} = transform.(pair)
        put(acc, key, value)
      end)

    :lists.reverse(folded)
  end

  @doc "A keyword list with every key of `keys` set to `value`."
  def from_keys(keys, value) when is_list(keys), do: Enum.map(keys, fn k -> {k, value} end)

  @doc "Removes the first entry for `key`."
  def delete_first(keywords, key) when is_list(keywords) and is_atom(key), do: delete_first(keywords, key, [])

  defp delete_first([], _key, acc), do: :lists.reverse(acc)
  defp delete_first([{key, _} | rest], key, acc), do: :lists.reverse(acc, rest)
  defp delete_first([pair | rest], key, acc), do: delete_first(rest, key, [pair | acc])

  @doc """
  Merges, resolving keys present in both with `fun.(key, v1, v2)`: the
  entries of the first list that the second does not have come first.
  """
  def merge(keywords1, keywords2, fun) when is_list(keywords1) and is_list(keywords2) do
    merge_with(keywords2, [], keywords1, keywords1, fun)
  end

  defp merge_with([], acc, rest, _original, _fun), do: rest ++ :lists.reverse(acc)

  defp merge_with([{key, value2} | tail], acc, rest, original, fun) do
    case :lists.keyfind(key, 1, original) do
      {^key, value1} ->
        merge_with(tail, [{key, fun.(key, value1, value2)} | acc], delete(rest, key), delete_first(original, key), fun)

      false ->
        merge_with(tail, [{key, value2} | acc], rest, original, fun)
    end
  end

  @doc "Replaces the value of `key` if present (removing its duplicates)."
  def replace(keywords, key, value) when is_list(keywords) and is_atom(key) do
    case :lists.keyfind(key, 1, keywords) do
      {^key, _} -> replace_first(keywords, key, value, [])
      false -> keywords
    end
  end

  defp replace_first([{key, _} | rest], key, value, acc), do: :lists.reverse(acc, [{key, value} | delete(rest, key)])
  defp replace_first([pair | rest], key, value, acc), do: replace_first(rest, key, value, [pair | acc])

  @doc "Removes every entry for `key`, returning `{first value or default, rest}`."
  def pop(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> {default, keywords}
    end
  end

  @doc "Like pop/3 but raises KeyError when the key is missing."
  def pop!(keywords, key) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete(keywords, key)}
      :error -> raise KeyError, key: key, term: keywords
    end
  end

  @doc "Removes the first entry for `key`, returning `{value or default, rest}`."
  def pop_first(keywords, key, default \\ nil) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> {value, delete_first(keywords, key)}
      :error -> {default, keywords}
    end
  end

  @doc "Updates `key` with `fun`, or puts `default` first when it is missing."
  def update(keywords, key, default, fun) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> replace_first(keywords, key, fun.(value), [])
      :error -> keywords ++ [{key, default}]
    end
  end

  @doc "Updates an existing `key` with `fun`; raises KeyError otherwise."
  def update!(keywords, key, fun) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, value} -> replace_first(keywords, key, fun.(value), [])
      :error -> raise KeyError, key: key, term: keywords
    end
  end

  @doc "Replaces an existing key's value; raises KeyError otherwise."
  def replace!(keywords, key, value) when is_list(keywords) and is_atom(key) do
    case fetch(keywords, key) do
      {:ok, _} -> replace_first(keywords, key, value, [])
      :error -> raise KeyError, key: key, term: keywords
    end
  end

  @doc "`{take(keywords, keys), drop(keywords, keys)}`."
  def split(keywords, keys) when is_list(keywords) and is_list(keys), do: {take(keywords, keys), drop(keywords, keys)}

  @doc "The entries for which `fun.({k, v})` is truthy."
  def filter(keywords, fun) when is_list(keywords), do: Enum.filter(keywords, fun)

  @doc "The entries for which `fun.({k, v})` is falsy."
  def reject(keywords, fun) when is_list(keywords), do: Enum.reject(keywords, fun)

  @doc "Maps each value."
  def map(keywords, fun) when is_list(keywords), do: Enum.map(keywords, fn {k, _} = pair -> {k, fun.(pair)} end)

  @doc "The keyword list itself."
  def to_list(keywords) when is_list(keywords), do: keywords

  @doc "Whether two keyword lists hold the same entries, in any order."
  def equal?(left, right) when is_list(left) and is_list(right), do: :lists.sort(left) == :lists.sort(right)

  @doc """
  Checks `keywords` against the allowed `values` (atoms, or `{key, default}`
  pairs adding defaults): `{:ok, keywords}` or `{:error, unknown_keys}`.
  """
  def validate(keywords, values) when is_list(keywords) and is_list(values) do
    allowed = Enum.map(values, fn {k, _} -> k; k -> k end)
    unknown = for {k, _} <- keywords, not :lists.member(k, allowed), do: k

    case unknown do
      [] ->
        defaults = for {k, v} <- values, not has_key?(keywords, k), do: {k, v}
        {:ok, defaults ++ keywords}

      _ ->
        {:error, unknown}
    end
  end

  @doc "Like validate/2 but raises ArgumentError for unknown keys."
  def validate!(keywords, values) do
    case validate(keywords, values) do
      {:ok, result} -> result
      {:error, keys} -> raise ArgumentError, "unknown keys " <> inspect(keys) <> " in " <> inspect(keywords) <> ", the allowed keys are: " <> inspect(Enum.map(values, fn {k, _} -> k; k -> k end))
    end
  end
end
