# An unknown name is a CompileError naming it, with position and caret.
# expect-exit: 1
# expect-stderr: ** (CompileError) tests/vm/errors/undefined_variable.exs:6:9: undefined function y/0 (there is no such import)
# expect-stderr:     |         ^
x = 1
IO.puts(y)
IO.puts(x)
