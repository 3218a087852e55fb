# Tagged tuples used as records, updated with put_elem
defmodule Account do
  def new(name), do: {:account, name, 0}
  def deposit({:account, n, bal}, amt) when amt > 0, do: {:account, n, bal + amt}
  def withdraw({:account, _, bal} = acc, amt) when amt <= bal, do: put_elem(acc, 2, bal - amt)
  def withdraw(acc, _), do: acc
  def balance(acc), do: elem(acc, 2)
  def rename(acc, name), do: put_elem(acc, 1, name)
end

a = Account.new("alice")
IO.inspect(a)
a = Account.deposit(a, 100)
a = Account.withdraw(a, 30)
IO.inspect(a)
a = Account.withdraw(a, 500)
IO.puts(Account.balance(a))
a = Account.rename(a, "bob")
IO.inspect(a)
IO.puts(elem(a, 1) <> " has " <> "#{Account.balance(a)}")
