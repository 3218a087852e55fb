# case as an expression, nested cases, bindings
defmodule Traffic do
  def next(light) do
    case light do
      :green -> :yellow
      :yellow -> :red
      :red -> :green
    end
  end

  def describe(light, cars) do
    msg =
      case next(light) do
        :red ->
          case cars do
            0 -> "stop, road empty"
            n when n < 5 -> "stop, #{n} cars"
            _ -> "stop, jam"
          end
        other ->
          "next is #{other}"
      end
    msg
  end
end

IO.inspect(Traffic.next(:green))
IO.inspect(Traffic.next(Traffic.next(:green)))
IO.puts(Traffic.describe(:yellow, 0))
IO.puts(Traffic.describe(:yellow, 3))
IO.puts(Traffic.describe(:yellow, 30))
IO.puts(Traffic.describe(:red, 1))
