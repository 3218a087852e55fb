# heredocs and escape sequences
text = """
first line
  indented line
last "quoted" line
"""

IO.write(text)
IO.inspect(text)
IO.puts("tab:\t| newline escaped: \\n | quote: \" | hash: \#{x}")
IO.inspect("\x41\u00e9\u{1F600}")
IO.puts("a\sb")
IO.inspect(String.split(text, "\n"))

inner = """
  keep indentation
    relative
  """

IO.inspect(inner)
