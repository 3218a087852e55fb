# Process a ledger of transactions, tracking balances in a tuple list
defmodule Ledger do
  def apply_tx(accts, {:deposit, who, amt}), do: update(accts, who, fn b -> b + amt end)
  def apply_tx(accts, {:withdraw, who, amt}) do
    case balance(accts, who) do
      b when b >= amt -> update(accts, who, fn x -> x - amt end)
      b -> report(accts, "#{who} cannot withdraw #{amt} (has #{b})")
    end
  end
  def apply_tx(accts, {:transfer, from, to, amt}) do
    accts
    |> apply_tx({:withdraw, from, amt})
    |> apply_tx({:deposit, to, amt})
  end

  def balance([], _), do: 0
  def balance([{who, b} | _], who), do: b
  def balance([_ | t], who), do: balance(t, who)

  defp update([], who, f), do: [{who, f.(0)}]
  defp update([{who, b} | t], who, f), do: [{who, f.(b)} | t]
  defp update([h | t], who, f), do: [h | update(t, who, f)]

  defp report(accts, msg) do
    IO.puts("warning: " <> msg)
    accts
  end

  def run(accts, []), do: accts
  def run(accts, [tx | rest]), do: run(apply_tx(accts, tx), rest)
end

txs = [
  {:deposit, "ann", 100},
  {:deposit, "bob", 50},
  {:withdraw, "bob", 80},
  {:transfer, "ann", "cat", 30},
  {:withdraw, "cat", 10},
  {:deposit, "bob", 5}
]

final = Ledger.run([], txs)
IO.inspect(final)
IO.puts(Ledger.balance(final, "ann"))
IO.puts(Ledger.balance(final, "zed"))
