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
end
