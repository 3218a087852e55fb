defmodule Exception do
  @moduledoc """
  Functions on exceptions, and the translation of the VM's error reasons
  (`{:badmatch, v}`, `:badarith`, ...) into exception structs, which is
  what `rescue` sees.
  """

  @doc "The message of an exception struct."
  def message(%{__struct__: module, __exception__: true} = exception), do: module.message(exception)

  @doc "Whether a term is an exception struct."
  def exception?(%{__struct__: _, __exception__: true}), do: true
  def exception?(_), do: false

  @doc """
  Turns an error reason into an exception struct; other kinds pass through.
  """
  def normalize(:error, %{__exception__: true} = exception, _stacktrace), do: exception
  def normalize(:error, reason, stacktrace), do: from_reason(reason, stacktrace)
  def normalize(_kind, reason, _stacktrace), do: reason

  defp from_reason(:badarith, _), do: %ArithmeticError{}

  defp from_reason(:badarg, [{_, _, _, [error_info: %{cause: {argno, why}}]} | _]) do
    %ArgumentError{
      message: "errors were found at the given arguments:\n\n  * " <> ordinal(argno) <> " argument: " <> why <> "\n"
    }
  end

  defp from_reason(:badarg, _), do: %ArgumentError{}
  defp from_reason(:system_limit, _), do: %SystemLimitError{}
  defp from_reason(:cond_clause, _), do: %CondClauseError{}
  defp from_reason({:badmatch, term}, _), do: %MatchError{term: term}
  defp from_reason({:case_clause, term}, _), do: %CaseClauseError{term: term}
  defp from_reason({:try_clause, term}, _), do: %TryClauseError{term: term}
  defp from_reason({:with_clause, term}, _), do: %WithClauseError{term: term}
  defp from_reason({:badmap, term}, _), do: %BadMapError{term: term}
  defp from_reason({:badkey, key}, [{:maps, _, [_ | _] = args, _} | _]), do: %KeyError{key: key, term: List.last(args)}
  defp from_reason({:badkey, key}, [{:erlang, :map_get, [_, map], _} | _]), do: %KeyError{key: key, term: map}
  defp from_reason({:badkey, key}, _), do: %KeyError{key: key}
  defp from_reason({:badkey, key, term}, _), do: %KeyError{key: key, term: term}
  defp from_reason({:badbool, op, term}, _), do: %BadBooleanError{operator: op, term: term}
  defp from_reason({:badfun, term}, _), do: %BadFunctionError{term: term}
  defp from_reason({:badarity, {fun, args}}, _), do: %BadArityError{function: fun, args: args}
  defp from_reason({:badstruct, struct, term}, _), do: %BadStructError{struct: struct, term: term}

  defp from_reason(:function_clause, [{m, f, args, _} | _]) do
    %FunctionClauseError{module: m, function: f, arity: arity_of(args)}
  end

  defp from_reason(:undef, [{m, f, args, _} | _]) do
    %UndefinedFunctionError{module: m, function: f, arity: arity_of(args)}
  end

  defp from_reason(reason, _), do: %ErlangError{original: reason}

  defp ordinal(1), do: "1st"
  defp ordinal(2), do: "2nd"
  defp ordinal(3), do: "3rd"
  defp ordinal(n), do: to_string(n) <> "th"

  defp arity_of(args) when is_list(args), do: length(args)
  defp arity_of(arity), do: arity

  @doc "`** (Kind) message`, the first line Elixir prints for an uncaught error."
  def format_banner(kind, reason, stacktrace \\ [])

  def format_banner(:error, reason, stacktrace) do
    exception = normalize(:error, reason, stacktrace)
    "** (" <> inspect(exception.__struct__) <> ") " <> message(exception)
  end

  def format_banner(:throw, reason, _stacktrace), do: "** (throw) " <> inspect(reason)
  def format_banner(:exit, reason, _stacktrace), do: "** (exit) " <> format_exit(reason)

  @doc "An exit reason as text."
  def format_exit(:normal), do: "normal"
  def format_exit(:shutdown), do: "shutdown"
  def format_exit({:shutdown, reason}), do: "shutdown: " <> inspect(reason)
  def format_exit(:killed), do: "killed"
  def format_exit(:timeout), do: "time out"
  def format_exit(:calling_self), do: "process attempted to call itself"

  def format_exit(:noproc) do
    "no process: the process is not alive or there's no process currently associated with the given name, possibly because its application isn't started"
  end

  def format_exit({%{__exception__: true} = exception, stacktrace}) when is_list(stacktrace) do
    "an exception was raised:\n    ** (" <> inspect(exception.__struct__) <> ") " <> message(exception)
  end

  def format_exit(reason), do: inspect(reason)

  @doc "The banner followed by the stack trace, as Elixir prints uncaught errors."
  def format(kind, reason, stacktrace \\ []) do
    case stacktrace do
      [] -> format_banner(kind, reason, stacktrace)
      _ -> format_banner(kind, reason, stacktrace) <> "\n" <> format_stacktrace(stacktrace)
    end
  end

  @doc "One line per stack frame: `    file:line: Mod.fun/arity`."
  def format_stacktrace(stacktrace), do: :erlang.iolist_to_binary(format_frames(stacktrace))

  defp format_frames([]), do: []
  defp format_frames([{Beamlet.Runner, _, _, _} | rest]), do: format_frames(rest)
  defp format_frames([frame | rest]), do: ["    ", format_stacktrace_entry(frame), "\n" | format_frames(rest)]

  @doc "One stack frame as text."
  def format_stacktrace_entry({module, fun, arity_or_args, location}) do
    format_location(location) <> format_call(module, fun, arity_or_args)
  end

  defp format_call(_module, :__script__, _), do: "(file)"
  defp format_call(module, fun, arity) when is_integer(arity), do: format_mfa(module, fun, arity)

  defp format_call(module, fun, args) do
    inspect(module) <> "." <> :beamlet.inspect_function_name(fun) <> "(" <> join_args(args) <> ")"
  end

  defp join_args([]), do: ""
  defp join_args([a]), do: inspect(a)
  defp join_args([a | rest]), do: inspect(a) <> ", " <> join_args(rest)

  defp format_location(location) do
    case {find(location, :file), find(location, :line)} do
      {nil, _} -> ""
      {file, nil} -> to_string(file) <> ": "
      {file, line} -> to_string(file) <> ":" <> to_string(line) <> ": "
    end
  end

  defp find([{key, value} | _], key), do: value
  defp find([_ | rest], key), do: find(rest, key)
  defp find([], _key), do: nil

  @doc "`Mod.fun/arity`, or `anonymous fn/1 in Mod.fun/2` for the body of an fn."
  def format_mfa(module, fun, arity) do
    case anonymous_parent(:erlang.atom_to_binary(fun, :utf8)) do
      nil -> inspect(module) <> "." <> :beamlet.inspect_function_name(fun) <> "/" <> to_string(arity)
      parent -> "anonymous fn/" <> to_string(arity) <> " in " <> inspect(module) <> "." <> parent
    end
  end

  # fn bodies are named "-outer/arity-fun-N-", as on BEAM.
  defp anonymous_parent("-" <> rest) do
    case :binary.split(rest, "-fun-") do
      [parent, _] -> parent
      _ -> nil
    end
  end

  defp anonymous_parent(_), do: nil

  @doc false
  def __build__(message) when is_binary(message), do: RuntimeError.exception(message)
  def __build__(%{__exception__: true} = exception), do: exception
  def __build__(module) when is_atom(module), do: module.exception([])

  def __build__(other) do
    ArgumentError.exception(
      "raise/1 and reraise/2 expect a module name, string or exception as the first argument, got: " <>
        inspect(other)
    )
  end

  @doc false
  def __build__(module, attributes) when is_atom(module), do: module.exception(attributes)
end

defmodule RuntimeError do
  defexception message: "runtime error"
end

defmodule ArgumentError do
  defexception message: "argument error"
end

defmodule ArithmeticError do
  defexception message: "bad argument in arithmetic expression"
end

defmodule SystemLimitError do
  defexception message: "a system limit has been reached"
end

defmodule MatchError do
  defexception [:term]
  def message(exception), do: "no match of right hand side value: " <> inspect(exception.term)
end

defmodule CaseClauseError do
  defexception [:term]
  def message(exception), do: "no case clause matching: " <> inspect(exception.term)
end

defmodule CondClauseError do
  defexception []
  def message(_exception), do: "no cond clause evaluated to a truthy value"
end

defmodule TryClauseError do
  defexception [:term]
  def message(exception), do: "no try clause matching: " <> inspect(exception.term)
end

defmodule WithClauseError do
  defexception [:term]
  def message(exception), do: "no with clause matching: " <> inspect(exception.term)
end

defmodule BadMapError do
  defexception [:term]
  def message(exception), do: "expected a map, got: " <> inspect(exception.term)
end

defmodule BadBooleanError do
  defexception [:term, :operator]

  def message(exception) do
    "expected a boolean on left-side of \"" <>
      to_string(exception.operator) <> "\", got: " <> inspect(exception.term)
  end
end

defmodule BadFunctionError do
  defexception [:term]
  def message(exception), do: "expected a function, got: " <> inspect(exception.term)
end

defmodule BadArityError do
  defexception [:function, :args]

  def message(exception) do
    fun = exception.function
    args = exception.args
    count = length(args)
    {:arity, arity} = :erlang.fun_info(fun, :arity)
    plural = if count == 1, do: "", else: "s"

    inspect(fun) <>
      " with arity " <>
      to_string(arity) <>
      " called with " <> to_string(count) <> " argument" <> plural <> " (" <> join(args) <> ")"
  end

  defp join([]), do: ""
  defp join([a]), do: inspect(a)
  defp join([a | rest]), do: inspect(a) <> ", " <> join(rest)
end

defmodule BadStructError do
  defexception [:struct, :term]

  def message(exception) do
    "expected a struct named " <> inspect(exception.struct) <> ", got: " <> inspect(exception.term)
  end
end

defmodule KeyError do
  defexception [:key, :term, :message]

  def message(%{message: nil, key: key, term: nil}), do: "key " <> inspect(key) <> " not found"

  def message(%{message: nil, key: key, term: term}) do
    "key " <> inspect(key) <> " not found in: " <> inspect(term)
  end

  def message(%{message: message}), do: message
end

defmodule FunctionClauseError do
  defexception [:module, :function, :arity, :kind, :args, :clauses]

  def message(exception) do
    "no function clause matching in " <>
      Exception.format_mfa(exception.module, exception.function, exception.arity)
  end
end

defmodule UndefinedFunctionError do
  defexception [:module, :function, :arity, :reason, :message]

  def message(%{message: nil} = exception) do
    mfa = Exception.format_mfa(exception.module, exception.function, exception.arity)

    if :erlang.module_loaded(exception.module) do
      "function " <> mfa <> " is undefined or private"
    else
      "function " <> mfa <> " is undefined (module " <> inspect(exception.module) <> " is not available)"
    end
  end

  def message(%{message: message}), do: message
end

defmodule ErlangError do
  defexception [:original, :reason]
  def message(exception), do: "Erlang error: " <> inspect(exception.original)
end

defmodule Beamlet.Runner do
  @moduledoc false

  # Every spawned process starts here.  An error or an uncaught throw is
  # reported through Logger (on stderr) as Elixir reports it, then raised again so
  # the process exits with the same reason and its links and monitors see it.
  def spawned(fun), do: guarded(fun)
  def spawned(module, function, args), do: guarded(fn -> :erlang.apply(module, function, args) end)

  defp guarded(fun) do
    try do
      fun.()
    catch
      :exit, reason -> :erlang.raise(:exit, reason, __STACKTRACE__)
      kind, reason ->
        report(kind, reason, __STACKTRACE__)
        :erlang.raise(kind, reason, __STACKTRACE__)
    end
  end

  defp report(kind, reason, stacktrace) do
    reason = if kind == :throw, do: {:nocatch, reason}, else: reason

    Logger.error(
      "Process " <> inspect(self()) <> " raised an exception\n" <>
        String.trim_trailing(Exception.format(:error, reason, stacktrace))
    )
  end

  # Runs a call an embedding host made with bl_call and hands the outcome
  # to the host: {:ok, value}, or {kind, exception or reason, the text
  # Elixir prints for it}.
  def host_call(token, module, function, args) do
    reply =
      try do
        {:ok, :erlang.apply(module, function, args)}
      catch
        kind, reason ->
          {kind, Exception.normalize(kind, reason, __STACKTRACE__), Exception.format(kind, reason, __STACKTRACE__)}
      end

    :beamlet.host_reply(token, reply)
  end

  # Runs a script's top-level code in the main process; an uncaught error is
  # printed as Elixir prints it, and :error tells the VM to exit with 1.
  def run(module) do
    try do
      module.__script__()
      :ok
    catch
      kind, reason ->
        IO.write(:stderr, Exception.format(kind, reason, __STACKTRACE__))
        :error
    end
  end
end
