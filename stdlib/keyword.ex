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
      false -> :erlang.error({:badkey, key, keywords})
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
end
