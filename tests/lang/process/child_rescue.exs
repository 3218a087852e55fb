# A child crashes inside try/rescue and reports the exception back
defmodule MyError do
  defexception message: "custom failure"
end

defmodule ChildRescue do
  def divide(a, b), do: div(a, b)
  def first([h | _]), do: h

  def guarded(f, parent, tag) do
    spawn(fn ->
      result =
        try do
          {:ok, f.()}
        rescue
          e -> {:error, e.__struct__, Exception.message(e)}
        end
      send(parent, {tag, result})
    end)
  end

  def run do
    parent = self()
    cases = [
      {:div, fn -> divide(10, 0) end},
      {:ok, fn -> divide(10, 2) end},
      {:match, fn -> first([]) end},
      {:runtime, fn -> raise "plain runtime error" end},
      {:custom, fn -> raise MyError end},
      {:custom_msg, fn -> raise MyError, message: "with message" end},
      {:arg, fn -> raise ArgumentError, "bad arg" end},
      {:key, fn -> Map.fetch!(%{a: 1}, :b) end}
    ]
    for {tag, f} <- cases, do: guarded(f, parent, tag)
    results = for _ <- cases, do: (receive do {tag, r} -> {tag, r} end)
    results |> Enum.sort() |> Enum.each(&IO.inspect/1)
    {pid, ref} = spawn_monitor(fn ->
      try do
        divide(1, 0)
      rescue
        ArithmeticError -> exit(:converted_to_exit)
      end
    end)
    receive do
      {:DOWN, ^ref, :process, ^pid, r} -> IO.inspect(r)
    end
  end
end

ChildRescue.run()
