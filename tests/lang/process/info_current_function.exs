# Process.info(pid, :current_function) is an {module, function, arity} tuple, for self and others
defmodule InfoCurFun do
  def wait_here do
    receive do
      :stop -> :ok
    end
  end

  def run do
    {:current_function, {mod, fun, ar}} = Process.info(self(), :current_function)
    IO.inspect({is_atom(mod), is_atom(fun), is_integer(ar)})
    p = spawn(fn -> wait_here() end)
    {:current_function, {m2, f2, a2}} = Process.info(p, :current_function)
    IO.inspect({is_atom(m2), is_atom(f2), is_integer(a2)})
    send(p, :stop)
  end
end

InfoCurFun.run()
