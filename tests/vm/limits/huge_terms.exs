# Terms past their size limits raise an exception in the process, never
# abort the VM: tuples past 2^24 - 1 elements (badarg, as on BEAM),
# binaries past 2^40 bytes (system_limit), and binary segments whose
# size * unit would overflow (they used to wrap and overrun a buffer).
# expect-stdout: make_tuple: ArgumentError
# expect-stdout: make_tuple 2^24: ArgumentError
# expect-stdout: Tuple.duplicate: ArgumentError
# expect-stdout: append_element: ArgumentError
# expect-stdout: binary.copy: SystemLimitError
# expect-stdout: String.duplicate: SystemLimitError
# expect-stdout: copy of copies: SystemLimitError
# expect-stdout: bitstring: SystemLimitError
# expect-stdout: segment unit overflow: SystemLimitError
# expect-stdout: segments summing past 2^64: SystemLimitError
# expect-stdout: largest tuple: 16777215
# expect-stdout: vm alive
# gcstress: skip (a 16-million-element tuple)
import Bitwise

try_it = fn name, f ->
  result =
    try do
      f.()
      :no_error
    rescue
      _ in ArgumentError -> "ArgumentError"
      _ in SystemLimitError -> "SystemLimitError"
      e -> inspect(e)
    end

  IO.puts("#{name}: #{result}")
end

big = (1 <<< 59) - 1
try_it.("make_tuple", fn -> :erlang.make_tuple(1 <<< 40, 0) end)
try_it.("make_tuple 2^24", fn -> :erlang.make_tuple(1 <<< 24, 0) end)
try_it.("Tuple.duplicate", fn -> Tuple.duplicate(0, 1 <<< 40) end)
try_it.("append_element", fn -> :erlang.append_element(:erlang.make_tuple((1 <<< 24) - 1, 0), 1) end)
try_it.("binary.copy", fn -> :binary.copy("x", 1 <<< 41) end)
try_it.("String.duplicate", fn -> String.duplicate("ab", 1 <<< 40) end)
try_it.("copy of copies", fn -> :binary.copy(:binary.copy("x", 1 <<< 20), 1 <<< 22) end)
try_it.("bitstring", fn -> <<0::size(1 <<< 46)>> end)
try_it.("segment unit overflow", fn -> <<0::size(big)-unit(128)>> end)
try_it.("segments summing past 2^64", fn ->
  <<0::size(big)-unit(2), 0::size(big)-unit(2), 0::size(big)-unit(2), 0::size(big)-unit(2),
    0::size(big)-unit(2), 0::size(big)-unit(2), 0::size(big)-unit(2), 0::size(big)-unit(2),
    0::size(big)-unit(2), 0::size(big)-unit(2), 0::size(big)-unit(2), 0::size(big)-unit(2),
    0::size(big)-unit(2), 0::size(big)-unit(2), 0::size(big)-unit(2), 0::size(big)-unit(2),
    0::size(40)>>
end)
IO.puts("largest tuple: #{tuple_size(:erlang.make_tuple((1 <<< 24) - 1, 0))}")
IO.puts("vm alive")
