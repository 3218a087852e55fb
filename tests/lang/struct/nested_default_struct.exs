# structs with struct defaults and module attributes as defaults
defmodule AppConfig.Inner do
  defstruct level: 1
end

defmodule AppConfig do
  @default_name "cfg"
  defstruct name: @default_name, inner: %AppConfig.Inner{}, list: [1, 2]

  def new(opts), do: struct(__MODULE__, opts)
  def bump(%AppConfig{inner: %AppConfig.Inner{level: l} = inner} = c), do: %{c | inner: %{inner | level: l + 1}}
end

defmodule Main do
  def run do
    c = %AppConfig{}
    IO.inspect(c)
    IO.inspect(c.inner.level)
    IO.inspect(AppConfig.bump(c) |> AppConfig.bump())
    IO.inspect(AppConfig.new(name: "x"))
    IO.inspect(AppConfig.new(list: []).list)
  end
end

Main.run()
