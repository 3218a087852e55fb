defmodule Map do
  @moduledoc """
  Functions on maps.  Maps are built into the VM; the operations that
  touch their representation are the `:maps` built-ins, the rest is here.
  """

  @doc "An empty map."
  def new(), do: %{}

  @doc "A map from an enumerable of `{key, value}` pairs (a plain map stays as it is)."
  def new(%{__struct__: _} = struct), do: :maps.from_list(Enum.to_list(struct))
  def new(%{} = map), do: map
  def new(list) when is_list(list), do: :maps.from_list(list)
  def new(enumerable), do: :maps.from_list(Enum.to_list(enumerable))

  @doc "A map from the `{key, value}` pairs `transform` returns for each element."
  def new(enumerable, transform), do: :maps.from_list(Enum.map(enumerable, transform))

  @doc "A map with every key of `keys` set to `value`."
  def from_keys(keys, value) when is_list(keys), do: :maps.from_list(Enum.map(keys, fn k -> {k, value} end))

  @doc "Replaces the value of `key` if present; otherwise the map is unchanged."
  def replace(map, key, value) do
    if :maps.is_key(key, map), do: :maps.put(key, value, map), else: map
  end

  @doc "Replaces the value of an existing `key` with `fun.(value)`; raises KeyError otherwise."
  def replace_lazy(map, key, fun) do
    case :maps.find(key, map) do
      {:ok, value} -> :maps.put(key, fun.(value), map)
      :error -> map
    end
  end

  @doc "Gets the value of `key` and updates it with `fun`, which returns `{current, new}` or `:pop`."
  def get_and_update(map, key, fun) do
    current = :maps.get(key, map, nil)

    case fun.(current) do
      {get, update} -> {get, :maps.put(key, update, map)}
      :pop -> {current, :maps.remove(key, map)}
    end
  end

  @doc "Like pop/3 but raises KeyError when the key is missing."
  def pop!(map, key) do
    case :maps.find(key, map) do
      {:ok, value} -> {value, :maps.remove(key, map)}
      :error -> raise KeyError, key: key, term: map
    end
  end

  @doc "Maps each `{key, value}` to a new value."
  def map(map, fun), do: :maps.from_list(Enum.map(:maps.to_list(map), fn {k, _} = pair -> {k, fun.(pair)} end))

  @doc "Whether the pairs of `map` are a subset of the pairs of the other."
  def intersect(map1, map2), do: :maps.from_list(Enum.filter(:maps.to_list(map2), fn {k, _} -> :maps.is_key(k, map1) end))

  @doc "The value for `key`, or nil."
  # Written out rather than as a default argument of get/3, which would make
  # it a call to get/3: the commonest lookup reaches the built-in directly.
  def get(map, key), do: :maps.get(key, map, nil)

  @doc "The value for `key`, or `default`."
  def get(map, key, default), do: :maps.get(key, map, default)

  @doc "The value for `key`, computing the default only when needed."
  def get_lazy(map, key, fun) do
    case :maps.find(key, map) do
      {:ok, value} -> value
      :error -> fun.()
    end
  end

  @doc "`{:ok, value}` or `:error`."
  def fetch(map, key), do: :maps.find(key, map)

  @doc "The value for `key`; raises KeyError when it is missing."
  def fetch!(map, key), do: :maps.get(key, map)

  @doc "Puts `value` under `key`."
  def put(map, key, value), do: :maps.put(key, value, map)

  @doc "Puts `value` under `key` unless the key is present."
  def put_new(map, key, value) do
    if :maps.is_key(key, map), do: map, else: :maps.put(key, value, map)
  end

  @doc "Like put_new/3, computing the value only when needed."
  def put_new_lazy(map, key, fun) do
    if :maps.is_key(key, map), do: map, else: :maps.put(key, fun.(), map)
  end

  @doc "Replaces the value of an existing key; raises KeyError otherwise."
  def replace!(map, key, value), do: :maps.update(key, value, map)

  @doc "Removes `key`."
  def delete(map, key), do: :maps.remove(key, map)

  @doc "Whether `key` is present."
  def has_key?(map, key), do: :maps.is_key(key, map)

  @doc "The keys, in the map's order."
  def keys(map), do: :maps.keys(map)

  @doc "The values, in the map's order."
  def values(map), do: :maps.values(map)

  @doc "The `{key, value}` pairs."
  def to_list(map), do: :maps.to_list(map)

  @doc "Merges two maps; keys of the second win."
  def merge(map1, map2), do: :maps.merge(map1, map2)

  @doc "Merges two maps, resolving keys present in both with `fun.(key, v1, v2)`."
  def merge(map1, map2, fun), do: merge_with(:maps.to_list(map2), map1, fun)

  defp merge_with([], acc, _fun), do: acc

  defp merge_with([{k, v2} | rest], acc, fun) do
    case :maps.find(k, acc) do
      {:ok, v1} -> merge_with(rest, :maps.put(k, fun.(k, v1, v2), acc), fun)
      :error -> merge_with(rest, :maps.put(k, v2, acc), fun)
    end
  end

  @doc "Updates `key` with `fun`, or puts `default` when it is missing."
  def update(map, key, default, fun) do
    case :maps.find(key, map) do
      {:ok, value} -> :maps.put(key, fun.(value), map)
      :error -> :maps.put(key, default, map)
    end
  end

  @doc "Updates an existing `key` with `fun`; raises KeyError when missing."
  def update!(map, key, fun), do: :maps.put(key, fun.(:maps.get(key, map)), map)

  @doc "Removes `key`, returning `{value, map}` (`default` when missing)."
  def pop(map, key, default \\ nil) do
    case :maps.find(key, map) do
      {:ok, value} -> {value, :maps.remove(key, map)}
      :error -> {default, map}
    end
  end

  @doc "Like pop/3, computing the default only when needed."
  def pop_lazy(map, key, fun) do
    case :maps.find(key, map) do
      {:ok, value} -> {value, :maps.remove(key, map)}
      :error -> {fun.(), map}
    end
  end

  @doc "A map of only the given keys."
  def take(map, keys), do: take_keys(keys, map, %{})

  defp take_keys([], _map, acc), do: acc

  defp take_keys([k | rest], map, acc) do
    case :maps.find(k, map) do
      {:ok, v} -> take_keys(rest, map, :maps.put(k, v, acc))
      :error -> take_keys(rest, map, acc)
    end
  end

  @doc "The map without the given keys."
  def drop(map, []), do: map
  def drop(map, [k | rest]), do: drop(:maps.remove(k, map), rest)

  @doc "`{take(map, keys), drop(map, keys)}`."
  def split(map, keys), do: {take(map, keys), drop(map, keys)}

  @doc "The pairs for which `fun.({k, v})` is truthy."
  def filter(map, fun), do: :maps.from_list(filter_pairs(:maps.to_list(map), fun, true, []))

  @doc "The pairs for which `fun.({k, v})` is falsy."
  def reject(map, fun), do: :maps.from_list(filter_pairs(:maps.to_list(map), fun, false, []))

  defp filter_pairs([], _fun, _keep, acc), do: acc

  defp filter_pairs([pair | rest], fun, keep, acc) do
    if (fun.(pair) && true) == keep,
      do: filter_pairs(rest, fun, keep, [pair | acc]),
      else: filter_pairs(rest, fun, keep, acc)
  end

  @doc "A struct's fields as a plain map."
  def from_struct(%{__struct__: _} = struct), do: :maps.remove(:__struct__, struct)
  def from_struct(module) when is_atom(module), do: from_struct(module.__struct__())

  @doc "Whether two maps are equal."
  def equal?(map1, map2) when is_map(map1) and is_map(map2), do: map1 === map2
end
