# options handling in functions
defmodule Greeter do
  def greet(name, opts \\ []) do
    greeting = Keyword.get(opts, :greeting, "Hello")
    punct = Keyword.get(opts, :punctuation, "!")
    times = Keyword.get(opts, :times, 1)
    Enum.map_join(1..times, " ", fn _ -> "#{greeting}, #{name}#{punct}" end)
  end

  def head_opts([{:mode, mode} | _rest]), do: {:mode_first, mode}
  def head_opts(opts) when is_list(opts), do: {:other, length(opts)}

  def validate(opts) do
    case Keyword.validate(opts, [:size, color: :red]) do
      {:ok, valid} -> {:ok, Enum.sort(valid)}
      {:error, bad} -> {:error, bad}
    end
  end
end

IO.puts(Greeter.greet("Ann"))
IO.puts(Greeter.greet("Bob", greeting: "Hi"))
IO.puts(Greeter.greet("Cy", punctuation: "?", times: 2))
IO.inspect(Greeter.head_opts(mode: :fast, level: 2))
IO.inspect(Greeter.head_opts(level: 2, mode: :fast))
IO.inspect(Greeter.validate(size: 1))
IO.inspect(Greeter.validate(size: 1, shape: :x))
[verbose: v] = [verbose: true]
IO.inspect(v)
[{:first, f} | _] = [first: 1, second: 2]
IO.inspect(f)
