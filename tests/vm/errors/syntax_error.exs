# A syntax error is reported with file:line:col, the source line and a caret.
# expect-exit: 1
# expect-stderr: ** (SyntaxError) tests/vm/errors/syntax_error.exs:7:
# expect-stderr:   7 | IO.puts(1 + )
IO.puts("never printed")

IO.puts(1 + )
