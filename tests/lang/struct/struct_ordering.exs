# structs in collections: sort_by a field, group, compare
defmodule Emp do
  defstruct name: "", dept: nil, salary: 0
end

defmodule Main do
  def run do
    emps = [
      %Emp{name: "Ann", dept: :eng, salary: 120},
      %Emp{name: "Bob", dept: :ops, salary: 90},
      %Emp{name: "Cid", dept: :eng, salary: 100},
      %Emp{name: "Dee", dept: :ops, salary: 95}
    ]

    IO.inspect(Enum.map(Enum.sort_by(emps, fn e -> e.salary end), fn e -> e.name end))
    IO.inspect(Enum.max_by(emps, fn e -> e.salary end).name)

    emps
    |> Enum.group_by(fn e -> e.dept end, fn e -> e.name end)
    |> IO.inspect()

    total = Enum.reduce(emps, 0, fn %Emp{salary: s}, acc -> acc + s end)
    IO.inspect(total)
    IO.inspect(Enum.find(emps, fn e -> e.dept == :ops end))
    IO.inspect(hd(emps) == %Emp{name: "Ann", dept: :eng, salary: 120})
  end
end

Main.run()
