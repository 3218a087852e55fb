# IO.inspect of a struct with many fields
defmodule Settings do
  defstruct title: "Untitled document", author: "anonymous", pages: 0, tags: [],
            created: "2024-01-01", updated: "2024-02-02", public: false, rating: 0.0
end

defmodule Main do
  def run do
    s = %Settings{tags: [:draft, :internal], pages: 12}
    IO.inspect(s)
    IO.puts(inspect(s))
    IO.inspect([s, %Settings{}])
    IO.inspect(%{doc: s})
  end
end

Main.run()
