# expect-exit: 1
# expect-stderr: ** (CaseClauseError) no case clause matching: :maybe
x = :maybe
case x do
  :yes -> IO.puts("yes")
  :no -> IO.puts("no")
end
