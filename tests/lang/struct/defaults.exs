# defstruct with defaults, construction, __struct__
defmodule User do
  defstruct name: "anon", age: 0, tags: [], admin: false
end

defmodule Bare do
  defstruct [:a, :b]
end

defmodule Mixed do
  defstruct [:id, count: 1]
end

defmodule Main do
  def run do
    IO.inspect(%User{})
    IO.inspect(%User{name: "Ann", tags: [:x]})
    IO.inspect(%Bare{})
    IO.inspect(%Bare{b: 2})
    IO.inspect(%Mixed{})
    IO.inspect(%Mixed{id: 7, count: 3})
    u = %User{age: 30}
    IO.inspect(u.__struct__)
    IO.inspect(u.name)
    IO.inspect(u.age)
    IO.inspect(User.__struct__())
    IO.inspect(struct(User, name: "via struct/2", bogus: 1))
    IO.inspect(struct(User, %{age: 5}))
  end
end

Main.run()
