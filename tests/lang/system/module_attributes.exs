# module attributes as compile-time constants and __MODULE__
defmodule Cfg do
  @limit 10
  @names ~w(a b c)
  @map %{k: :v}
  @computed @limit * 2

  def limit(), do: @limit
  def names(), do: @names
  def map(), do: @map
  def computed(), do: @computed
  def me(), do: __MODULE__
end

IO.inspect(Cfg.limit())
IO.inspect(Cfg.names())
IO.inspect(Cfg.map())
IO.inspect(Cfg.computed())
IO.inspect(Cfg.me())
