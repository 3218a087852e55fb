# Closures can be sent to another process and called there
defmodule SendFun do
  def worker do
    receive do
      {:apply, from, f, arg} ->
        send(from, {:result, f.(arg)})
        worker()
      :stop ->
        :ok
    end
  end

  def double(x), do: x * 2

  def run do
    w = spawn(fn -> worker() end)
    k = 100
    funs = [fn x -> x + k end, &double/1, &Integer.to_string/1, fn {a, b} -> a * b end,
            &(&1 ++ [k])]
    args = [1, 21, 255, {6, 7}, [1, 2]]
    for {f, a} <- Enum.zip(funs, args) do
      send(w, {:apply, self(), f, a})
      receive do
        {:result, r} -> IO.inspect(r)
      end
    end
    parent = self()
    make_counter = fn start -> fn -> send(parent, {:counter, start + 1}) end end
    c = make_counter.(41)
    spawn(c)
    receive do
      {:counter, v} -> IO.inspect(v)
    end
    send(w, :stop)
  end
end

SendFun.run()
