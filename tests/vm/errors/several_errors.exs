# Several compile errors in one file are all reported.
# expect-exit: 1
# expect-stderr: several_errors.exs:6:9: undefined function a/0
# expect-stderr: several_errors.exs:7:9: undefined function b/0
# expect-stderr: several_errors.exs:8:3: undefined function nothing_here/1
IO.puts(a)
IO.puts(b)
  nothing_here(1)
