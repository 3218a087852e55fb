# A tiny vending-machine state machine driven by a list of events
defmodule Vending do
  @price 3

  def step({:idle, 0}, {:coin, n}), do: {:collecting, n}
  def step({:idle, _} = s, :push), do: log(s, "insert coins first")
  def step({:collecting, c}, {:coin, n}) when c + n >= @price, do: {:ready, c + n}
  def step({:collecting, c}, {:coin, n}), do: {:collecting, c + n}
  def step({:collecting, c}, :refund), do: log({:idle, 0}, "refund #{c}")
  def step({:ready, c}, :push), do: log({:idle, 0}, "vend, change #{c - @price}")
  def step(state, event), do: log(state, "ignored #{inspect_event(event)}")

  defp inspect_event({tag, n}), do: "#{tag}(#{n})"
  defp inspect_event(tag), do: "#{tag}"

  defp log(state, msg) do
    IO.puts("  " <> msg)
    state
  end

  def run(state, []), do: state
  def run(state, [e | rest]) do
    new_state = step(state, e)
    IO.inspect(new_state)
    run(new_state, rest)
  end
end

events = [:push, {:coin, 1}, {:coin, 1}, :refund, {:coin, 2}, {:coin, 2}, {:coin, 5}, :push, :dance]
final = Vending.run({:idle, 0}, events)
IO.inspect(final)
