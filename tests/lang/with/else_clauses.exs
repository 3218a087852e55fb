# with ... else: matching failed values
defmodule Acct do
  def withdraw(accounts, name, amount) do
    with {:ok, bal} <- Map.fetch(accounts, name),
         true <- bal >= amount || {:insufficient, bal},
         new = bal - amount do
      {:ok, Map.put(accounts, name, new)}
    else
      :error -> {:error, :no_account}
      {:insufficient, bal} -> {:error, "only #{bal} available"}
    end
  end
end

accts = %{"ann" => 100}
IO.inspect(Acct.withdraw(accts, "ann", 30))
IO.inspect(Acct.withdraw(accts, "bob", 30))
IO.inspect(Acct.withdraw(accts, "ann", 300))

r =
  with {:ok, _} <- {:error, :x} do
    :ok
  else
    {:error, reason} when is_atom(reason) -> {:atom_reason, reason}
    other -> {:other, other}
  end

IO.inspect(r)
