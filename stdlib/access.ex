defmodule Access do
  @moduledoc "The `container[key]` syntax: maps, keyword lists and nil."

  @doc "The value under `key` in a map or keyword list, or `default`."
  def get(container, key, default \\ nil)
  def get(%{__struct__: module}, _key, _default), do: :erlang.error({:undef_access, module})
  def get(%{} = map, key, default), do: :maps.get(key, map, default)
  def get(list, key, default) when is_list(list) and is_atom(key), do: Keyword.get(list, key, default)
  def get(nil, _key, default), do: default

  def get(list, key, _default) when is_list(list) do
    :erlang.error({:badarg_access, key, list})
  end

  @doc "`{:ok, value}` or `:error` for `key` in a map or keyword list."
  def fetch(%{} = map, key), do: :maps.find(key, map)
  def fetch(list, key) when is_list(list), do: Keyword.fetch(list, key)
  def fetch(nil, _key), do: :error

  @doc false
  def __put__(%{} = map, key, value), do: :maps.put(key, value, map)
  def __put__(list, key, value) when is_list(list), do: Keyword.put(list, key, value)
  def __put__(nil, key, value), do: %{key => value}

  @doc false
  def __delete__(%{} = map, key), do: :maps.remove(key, map)
  def __delete__(list, key) when is_list(list), do: Keyword.delete(list, key)
end
