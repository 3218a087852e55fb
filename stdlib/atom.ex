defmodule Atom do
  @moduledoc "Functions on atoms, as Elixir 1.14's Atom."

  @doc "The name of `atom` as a string."
  def to_string(atom), do: :erlang.atom_to_binary(atom, :utf8)

  @doc "The name of `atom` as a charlist."
  def to_charlist(atom), do: :erlang.atom_to_list(atom)
end
