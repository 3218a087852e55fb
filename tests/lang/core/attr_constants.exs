# Module attributes as compile-time constants
defmodule AppConfig do
  @limit 10
  @name "beamlet"
  @ratio 0.75
  @tags [:fast, :small]
  @origin {0, 0}
  @limit_sq @limit * @limit

  def limit, do: @limit
  def info, do: "#{@name} limit=#{@limit} ratio=#{@ratio}"
  def tags, do: @tags
  def origin, do: @origin
  def limit_sq, do: @limit_sq

  def clamp(x) when x > @limit, do: @limit
  def clamp(x), do: x

  @limit 20
  def new_limit, do: @limit
end

IO.puts(AppConfig.limit())
IO.puts(AppConfig.info())
IO.inspect(AppConfig.tags())
IO.inspect(AppConfig.origin())
IO.puts(AppConfig.limit_sq())
IO.puts(AppConfig.clamp(50))
IO.puts(AppConfig.clamp(5))
IO.puts(AppConfig.new_limit())
