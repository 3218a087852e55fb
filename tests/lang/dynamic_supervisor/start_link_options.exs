# start_link options: :strategy defaults to :one_for_one; other strategies are rejected;
# a taken name gives {:error, {:already_started, pid}}
Process.flag(:trap_exit, true)
{:ok, d} = DynamicSupervisor.start_link([])
IO.inspect(DynamicSupervisor.count_children(d))
IO.inspect(DynamicSupervisor.start_link(strategy: :one_for_all))
IO.inspect(DynamicSupervisor.start_link(strategy: :rest_for_one))
{:ok, n} = DynamicSupervisor.start_link(strategy: :one_for_one, name: :dyn_named)
{:error, {:already_started, p}} = DynamicSupervisor.start_link(strategy: :one_for_one, name: :dyn_named)
IO.inspect(p == n)
IO.inspect(DynamicSupervisor.child_spec(name: :x))
