# a named supervisor; Supervisor.stop/1,2 returns :ok and frees the name; stop of a dead one exits
{:ok, sup} = Supervisor.start_link([], strategy: :one_for_one, name: :named_sup)
IO.inspect(Process.whereis(:named_sup) == sup)
{:error, {:already_started, p}} = Supervisor.start_link([], strategy: :one_for_one, name: :named_sup)
IO.inspect(p == sup)
IO.inspect(Supervisor.stop(:named_sup))
IO.inspect(Process.whereis(:named_sup))
{:ok, _} = Supervisor.start_link([], strategy: :rest_for_one, name: :named_sup)
IO.inspect(Supervisor.stop(:named_sup, :normal))
try do
  Supervisor.stop(:named_sup)
catch
  :exit, reason -> IO.inspect(reason)
end
