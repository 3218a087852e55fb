defmodule Stream do
  @moduledoc """
  Lazy enumerables.  A stream is a function of arity 2,
  `fn acc, fun -> ... end`, implementing the reduce protocol (see
  `Enumerable`): nothing is computed until an `Enum` function (or
  `Stream.run/1`) reduces it, and only as many elements are produced as
  are consumed.  Streams support suspension, so they can be zipped.

  Unlike Elixir, a stream is a plain function, not a `%Stream{}` struct, so
  it inspects as a function.
  """

  # ------------------------------------------------------------------
  # Stateless stages: fn acc, fun -> reduce the source with a wrapped fun.

  @doc "Lazily maps `fun` over the elements."
  def map(enumerable, fun) when is_function(fun, 1) do
    fn acc, downstream ->
      Enumerable.reduce(enumerable, acc, fn x, a -> downstream.(fun.(x), a) end)
    end
  end

  @doc "Lazily keeps the elements for which `fun` is truthy."
  def filter(enumerable, fun) when is_function(fun, 1) do
    fn acc, downstream ->
      Enumerable.reduce(enumerable, acc, fn x, a ->
        if fun.(x), do: downstream.(x, a), else: {:cont, a}
      end)
    end
  end

  @doc "Lazily drops the elements for which `fun` is truthy."
  def reject(enumerable, fun) when is_function(fun, 1) do
    fn acc, downstream ->
      Enumerable.reduce(enumerable, acc, fn x, a ->
        if fun.(x), do: {:cont, a}, else: downstream.(x, a)
      end)
    end
  end

  @doc "Calls `fun` on each element as it passes through."
  def each(enumerable, fun) when is_function(fun, 1) do
    fn acc, downstream ->
      Enumerable.reduce(enumerable, acc, fn x, a ->
        fun.(x)
        downstream.(x, a)
      end)
    end
  end

  @doc "Lazily takes elements while `fun` is truthy."
  def take_while(enumerable, fun) when is_function(fun, 1) do
    fn acc, downstream ->
      Enumerable.reduce(enumerable, acc, fn x, a ->
        if fun.(x), do: downstream.(x, a), else: {:halt, a}
      end)
    end
  end

  @doc "Runs the stream for its side effects; returns :ok."
  def run(stream) do
    Enumerable.reduce(stream, {:cont, nil}, fn _, _ -> {:cont, nil} end)
    :ok
  end

  # ------------------------------------------------------------------
  # Stateful stages: the source is reduced with the accumulator {acc, state}.

  # `exhausted?.(state)` says the stage wants nothing more: a suspended
  # reduction resumed in that state halts the source instead of reading on.
  defp stateful(enumerable, state, step, exhausted? \\ fn _ -> false end) do
    fn acc, downstream -> run_stateful(enumerable, acc, state, step, exhausted?, downstream) end
  end

  defp run_stateful(enumerable, {tag, acc}, state, step, exhausted?, downstream) do
    result =
      Enumerable.reduce(enumerable, {tag, {acc, state}}, fn x, {a, s} ->
        step.(x, a, s, downstream)
      end)

    unwrap(result, exhausted?)
  end

  defp unwrap({:done, {acc, _}}, _exhausted?), do: {:done, acc}
  defp unwrap({:halted, {acc, _}}, _exhausted?), do: {:halted, acc}

  defp unwrap({:suspended, {acc, state}, cont}, exhausted?) do
    {:suspended, acc,
     fn {tag, a} ->
       tag = if tag == :cont and exhausted?.(state), do: :halt, else: tag
       unwrap(cont.({tag, {a, state}}), exhausted?)
     end}
  end

  # Tags the downstream result with the new state.
  defp with_state({tag, acc}, state), do: {tag, {acc, state}}

  @doc "Lazily takes the first `count` elements (the last ones when negative)."
  def take(enumerable, count) when is_integer(count) and count > 0 do
    stateful(enumerable, count, fn
      _x, a, 0, _downstream ->
        {:halt, {a, 0}}

      x, a, 1, downstream ->
        case downstream.(x, a) do
          {:cont, a} -> {:halt, {a, 0}}
          other -> with_state(other, 0)
        end

      x, a, n, downstream ->
        with_state(downstream.(x, a), n - 1)
    end, fn n -> n == 0 end)
  end

  def take(_enumerable, 0), do: fn {_, acc}, _downstream -> {:done, acc} end

  def take(enumerable, count) when is_integer(count) and count < 0 do
    fn acc, downstream ->
      Enumerable.reduce(Enum.take(enumerable, count), acc, downstream)
    end
  end

  @doc "Lazily drops the first `count` elements (the last ones when negative)."
  def drop(enumerable, count) when is_integer(count) and count >= 0 do
    stateful(enumerable, count, fn
      x, a, 0, downstream -> with_state(downstream.(x, a), 0)
      _x, a, n, _downstream -> {:cont, {a, n - 1}}
    end)
  end

  def drop(enumerable, count) when is_integer(count) and count < 0 do
    n = -count
    # State: {buffered count, queue of held-back elements as {front, back}}.
    stateful(enumerable, {0, [], []}, fn
      x, a, {held, front, back}, _downstream when held < n ->
        {:cont, {a, {held + 1, front, [x | back]}}}

      x, a, {held, [], back}, downstream ->
        [oldest | front] = :lists.reverse(back)
        with_state(downstream.(oldest, a), {held, front, [x]})

      x, a, {held, [oldest | front], back}, downstream ->
        with_state(downstream.(oldest, a), {held, front, [x | back]})
    end)
  end

  @doc "Lazily drops elements while `fun` is truthy."
  def drop_while(enumerable, fun) when is_function(fun, 1) do
    stateful(enumerable, true, fn
      x, a, true, downstream ->
        if fun.(x), do: {:cont, {a, true}}, else: with_state(downstream.(x, a), false)

      x, a, false, downstream ->
        with_state(downstream.(x, a), false)
    end)
  end

  @doc "Lazily pairs each element with its index: `{element, index}` (from `offset`)."
  def with_index(enumerable, offset \\ 0) when is_integer(offset) do
    stateful(enumerable, offset, fn x, a, i, downstream ->
      with_state(downstream.({x, i}, a), i + 1)
    end)
  end

  @doc "Lazily emits the successive accumulators of reducing with `fun`."
  def scan(enumerable, fun) when is_function(fun, 2) do
    stateful(enumerable, :__stream_first__, fn
      x, a, :__stream_first__, downstream -> with_state(downstream.(x, a), {:__stream_acc__, x})
      x, a, {:__stream_acc__, acc}, downstream ->
        acc = fun.(x, acc)
        with_state(downstream.(acc, a), {:__stream_acc__, acc})
    end)
  end

  @doc "Lazily emits the successive accumulators of reducing with `fun` from `acc`."
  def scan(enumerable, acc, fun) when is_function(fun, 2) do
    stateful(enumerable, acc, fn x, a, acc, downstream ->
      acc = fun.(x, acc)
      with_state(downstream.(acc, a), acc)
    end)
  end

  @doc "Lazily removes consecutive duplicates."
  def dedup(enumerable), do: dedup_by(enumerable, fn x -> x end)

  @doc "Lazily removes consecutive elements whose `fun` values are equal."
  def dedup_by(enumerable, fun) when is_function(fun, 1) do
    stateful(enumerable, :__stream_none__, fn x, a, prev, downstream ->
      value = fun.(x)

      case prev do
        {:__stream_some__, ^value} -> {:cont, {a, prev}}
        _ -> with_state(downstream.(x, a), {:__stream_some__, value})
      end
    end)
  end

  @doc "Lazily removes duplicates, keeping first occurrences."
  def uniq(enumerable), do: uniq_by(enumerable, fn x -> x end)

  @doc "Lazily removes elements whose `fun` value was seen before."
  def uniq_by(enumerable, fun) when is_function(fun, 1) do
    stateful(enumerable, %{}, fn x, a, seen, downstream ->
      key = fun.(x)

      if :erlang.is_map_key(key, seen),
        do: {:cont, {a, seen}},
        else: with_state(downstream.(x, a), :maps.put(key, true, seen))
    end)
  end

  @doc "Lazily puts `separator` between elements."
  def intersperse(enumerable, separator) do
    stateful(enumerable, false, fn
      x, a, false, downstream ->
        with_state(downstream.(x, a), true)

      x, a, true, downstream ->
        case downstream.(separator, a) do
          {:cont, a} -> with_state(downstream.(x, a), true)
          other -> with_state(other, true)
        end
    end)
  end

  @doc "Lazily emits the first element and every `nth` after it."
  def take_every(enumerable, nth) when is_integer(nth) and nth > 0 do
    stateful(enumerable, 0, fn x, a, i, downstream ->
      next = if i + 1 == nth, do: 0, else: i + 1
      if i == 0, do: with_state(downstream.(x, a), next), else: {:cont, {a, next}}
    end)
  end

  def take_every(_enumerable, 0), do: fn {_, acc}, _downstream -> {:done, acc} end

  @doc "Lazily applies `fun` to the first element and every `nth` after it."
  def map_every(enumerable, nth, fun) when is_integer(nth) and nth > 0 and is_function(fun, 1) do
    stateful(enumerable, 0, fn x, a, i, downstream ->
      next = if i + 1 == nth, do: 0, else: i + 1
      value = if i == 0, do: fun.(x), else: x
      with_state(downstream.(value, a), next)
    end)
  end

  def map_every(enumerable, 0, _fun), do: fn acc, downstream -> Enumerable.reduce(enumerable, acc, downstream) end

  @doc "Lazily chunks into lists of `count` elements (see Enum.chunk_every/4)."
  def chunk_every(enumerable, count), do: chunk_every(enumerable, count, count, [])

  @doc "Lazily chunks into lists of `count` elements, each `step` after the previous."
  def chunk_every(enumerable, count, step, leftover \\ [])
      when is_integer(count) and count > 0 and is_integer(step) and step > 0 do
    limit = :erlang.max(count, step)

    chunk_fun = fn entry, {buffer, n} ->
      buffer = [entry | buffer]
      n = n + 1

      state =
        if n >= limit do
          remaining = n - step
          {Enum.take(buffer, remaining), remaining}
        else
          {buffer, n}
        end

      if n == count, do: {:cont, :lists.reverse(buffer), state}, else: {:cont, state}
    end

    after_fun = fn {buffer, n} ->
      if leftover == :discard or n == 0 or n >= count do
        {:cont, []}
      else
        {:cont, :lists.reverse(buffer, Enum.take(leftover, count - n)), []}
      end
    end

    chunk_while(enumerable, {[], 0}, chunk_fun, after_fun)
  end

  @doc "Lazily chunks runs of elements for which `fun` returns the same value."
  def chunk_by(enumerable, fun) when is_function(fun, 1) do
    {chunk_fun, after_fun} = Enum.__chunk_by__(fun)
    chunk_while(enumerable, nil, chunk_fun, after_fun)
  end

  @doc "Lazy chunk_while: see Enum.chunk_while/4."
  def chunk_while(enumerable, acc, chunk_fun, after_fun) do
    fn
      {:halt, a}, _downstream -> {:halted, a}
      {tag, a}, downstream -> chunk_while_run(enumerable, tag, a, acc, chunk_fun, after_fun, downstream)
    end
  end

  defp chunk_while_run(enumerable, tag, a, acc, chunk_fun, after_fun, downstream) do
    step = fn x, {a, {_, chunk_acc}} ->
      case chunk_fun.(x, chunk_acc) do
        {:cont, chunk, chunk_acc} ->
          case downstream.(chunk, a) do
            {:halt, a} -> {:halt, {a, {:down_halted, chunk_acc}}}
            other -> with_state(other, {:running, chunk_acc})
          end

        {:cont, chunk_acc} ->
          {:cont, {a, {:running, chunk_acc}}}

        {:halt, chunk_acc} ->
          {:halt, {a, {:stopped, chunk_acc}}}
      end
    end

    chunk_while_finish(Enumerable.reduce(enumerable, {tag, {a, {:running, acc}}}, step), after_fun, downstream)
  end

  # The source ended (or the chunker stopped it): emit what after_fun gives.
  defp chunk_while_finish({:done, {a, {_, chunk_acc}}}, after_fun, downstream),
    do: chunk_after(a, chunk_acc, after_fun, downstream)

  defp chunk_while_finish({:halted, {a, {:down_halted, _}}}, _after_fun, _downstream), do: {:halted, a}

  defp chunk_while_finish({:halted, {a, {_, chunk_acc}}}, after_fun, downstream),
    do: chunk_after(a, chunk_acc, after_fun, downstream)

  defp chunk_while_finish({:suspended, {a, state}, cont}, after_fun, downstream) do
    {:suspended, a,
     fn
       {:halt, a2} ->
         cont.({:halt, {a2, state}})
         {:halted, a2}

       {tag, a2} ->
         chunk_while_finish(cont.({tag, {a2, state}}), after_fun, downstream)
     end}
  end

  defp chunk_after(a, chunk_acc, after_fun, downstream) do
    case after_fun.(chunk_acc) do
      {:cont, _} ->
        {:done, a}

      {:cont, chunk, _} ->
        case downstream.(chunk, a) do
          {:cont, a} -> {:done, a}
          {:halt, a} -> {:halted, a}
          {:suspend, a} -> {:suspended, a, fn {_, a} -> {:done, a} end}
        end
    end
  end

  # ------------------------------------------------------------------
  # Nesting

  @doc "Lazily maps each element to an enumerable and emits its elements."
  def flat_map(enumerable, fun) when is_function(fun, 1) do
    fn acc, downstream -> nested(enumerable, acc, nil, fn x, _ -> {fun.(x), nil} end, downstream) end
  end

  @doc """
  Lazily emits the elements of the enumerables `fun.(x, acc)` returns as
  `{enumerable, acc}`; `{:halt, acc}` ends the stream.
  """
  def transform(enumerable, acc, fun) when is_function(fun, 2) do
    fn tagged, downstream -> nested(enumerable, tagged, acc, fun, downstream) end
  end

  # Reduces `enumerable`; each element expands (with `expand.(x, state)`)
  # into an inner enumerable whose elements go downstream.  The outer
  # accumulator is {:fm, acc, state}; an inner suspension travels out of
  # the outer reduce as {:fm_suspended, acc, state, inner_continuation}.
  # A halt asked for by downstream is told apart from an inner enumerable
  # that simply stops (a Stream.take, say) by tagging it.
  defp nested(enumerable, {tag, acc}, state, expand, downstream) do
    inner_fun = fn y, a ->
      case downstream.(y, a) do
        {:halt, a} -> {:halt, {:__stream_down_halt__, a}}
        other -> other
      end
    end

    result =
      Enumerable.reduce(enumerable, {tag, {:fm, acc, state}}, fn x, {:fm, a, s} ->
        case expand.(x, s) do
          {:halt, s} -> {:halt, {:fm, a, s}}
          {items, s} -> nested_inner(Enumerable.reduce(items, {:cont, a}, inner_fun), s)
        end
      end)

    nested_result(result)
  end

  defp nested_inner({:done, a}, s), do: {:cont, {:fm, a, s}}
  defp nested_inner({:halted, {:__stream_down_halt__, a}}, s), do: {:halt, {:fm, a, s}}
  defp nested_inner({:halted, a}, s), do: {:cont, {:fm, a, s}}
  defp nested_inner({:suspended, a, inner}, s), do: {:suspend, {:fm_suspended, a, s, inner}}

  defp nested_result({:done, {:fm, a, _}}), do: {:done, a}
  defp nested_result({:halted, {:fm, a, _}}), do: {:halted, a}

  defp nested_result({:suspended, {:fm, a, s}, outer}) do
    {:suspended, a, fn {tag, a2} -> nested_result(outer.({tag, {:fm, a2, s}})) end}
  end

  defp nested_result({:suspended, {:fm_suspended, a, s, inner}, outer}) do
    {:suspended, a, fn next -> nested_continue(next, inner, s, outer) end}
  end

  defp nested_continue({:halt, a}, inner, s, outer) do
    inner.({:halt, a})
    outer.({:halt, {:fm, a, s}})
    {:halted, a}
  end

  defp nested_continue(next, inner, s, outer), do: nested_resume(inner.(next), s, outer)

  defp nested_resume({:halted, {:__stream_down_halt__, a}}, s, outer) do
    outer.({:halt, {:fm, a, s}})
    {:halted, a}
  end

  defp nested_resume({:suspended, a, inner}, s, outer) do
    {:suspended, a, fn next -> nested_continue(next, inner, s, outer) end}
  end

  defp nested_resume({_, a}, s, outer), do: nested_result(outer.({:cont, {:fm, a, s}}))

  @doc "Lazily concatenates an enumerable of enumerables."
  def concat(enumerables), do: flat_map(enumerables, fn e -> e end)

  @doc "Lazily concatenates two enumerables."
  def concat(first, second), do: flat_map([first, second], fn e -> e end)

  @doc "Lazily zips two enumerables into pairs, stopping at the shorter."
  def zip(enumerable1, enumerable2), do: Enum.__zip_stream__([enumerable1, enumerable2], &:erlang.list_to_tuple/1)

  @doc "Lazily zips an enumerable of enumerables into tuples."
  def zip(enumerables), do: Enum.__zip_stream__(Enum.to_list(enumerables), &:erlang.list_to_tuple/1)

  @doc "Lazily zips two enumerables with `fun.(a, b)`."
  def zip_with(enumerable1, enumerable2, fun) when is_function(fun, 2) do
    Enum.__zip_stream__([enumerable1, enumerable2], fn [a, b] -> fun.(a, b) end)
  end

  @doc "Lazily zips an enumerable of enumerables, combining each row (a list) with `fun`."
  def zip_with(enumerables, fun) when is_function(fun, 1) do
    Enum.__zip_stream__(Enum.to_list(enumerables), fun)
  end

  # ------------------------------------------------------------------
  # Generators

  @doc "The infinite stream `start, fun.(start), fun.(fun.(start)), ...`."
  def iterate(start, fun) when is_function(fun, 1) do
    unfold({:__stream_first__, start}, fn
      {:__stream_first__, value} -> {value, {:__stream_next__, value}}
      {:__stream_next__, value} ->
        next = fun.(value)
        {next, {:__stream_next__, next}}
    end)
  end

  @doc "Emits `x` while `fun.(acc)` returns `{x, next_acc}`; stops at nil."
  def unfold(acc, fun) when is_function(fun, 1) do
    fn tagged, downstream -> do_unfold(acc, fun, tagged, downstream) end
  end

  defp do_unfold(_state, _fun, {:halt, acc}, _downstream), do: {:halted, acc}

  defp do_unfold(state, fun, {:suspend, acc}, downstream),
    do: {:suspended, acc, fn next -> do_unfold(state, fun, next, downstream) end}

  defp do_unfold(state, fun, {:cont, acc}, downstream) do
    case fun.(state) do
      nil -> {:done, acc}
      {x, next} -> do_unfold(next, fun, downstream.(x, acc), downstream)
    end
  end

  @doc "The infinite stream of `fun.()` results."
  def repeatedly(fun) when is_function(fun, 0) do
    unfold(nil, fn nil -> {fun.(), nil} end)
  end

  @doc "`element` repeated `n` times, lazily."
  def duplicate(element, n) when is_integer(n) and n >= 0 do
    unfold(n, fn
      0 -> nil
      k -> {element, k - 1}
    end)
  end

  @doc "Repeats the enumerable forever."
  def cycle([]), do: raise(ArgumentError, "cannot cycle over an empty enumerable")

  def cycle(list) when is_list(list) do
    fn acc, downstream -> cycle_list(list, list, acc, downstream) end
  end

  def cycle(enumerable) do
    if Enum.empty?(enumerable), do: raise(ArgumentError, "cannot cycle over an empty enumerable")

    fn
      {:halt, acc}, _downstream -> {:halted, acc}
      acc, downstream -> cycle_start(enumerable, acc, downstream)
    end
  end

  defp cycle_start(enumerable, acc, downstream) do
      # Tag halts asked for downstream, so an enumerable that stops by
      # itself starts over instead.
      tagged = fn x, a ->
        case downstream.(x, a) do
          {:halt, a} -> {:halt, {:__stream_down_halt__, a}}
          other -> other
        end
      end

      cycle_enum(enumerable, Enumerable.reduce(enumerable, acc, tagged), tagged)
  end

  defp cycle_list(_rest, _list, {:halt, acc}, _downstream), do: {:halted, acc}

  defp cycle_list(rest, list, {:suspend, acc}, downstream),
    do: {:suspended, acc, fn next -> cycle_list(rest, list, next, downstream) end}

  defp cycle_list([], list, acc, downstream), do: cycle_list(list, list, acc, downstream)

  defp cycle_list([h | t], list, {:cont, acc}, downstream),
    do: cycle_list(t, list, downstream.(h, acc), downstream)

  defp cycle_enum(enumerable, {:done, acc}, downstream),
    do: cycle_enum(enumerable, Enumerable.reduce(enumerable, {:cont, acc}, downstream), downstream)

  defp cycle_enum(_enumerable, {:halted, {:__stream_down_halt__, acc}}, _downstream), do: {:halted, acc}

  defp cycle_enum(enumerable, {:halted, acc}, downstream),
    do: cycle_enum(enumerable, {:done, acc}, downstream)

  defp cycle_enum(enumerable, {:suspended, acc, cont}, downstream) do
    {:suspended, acc,
     fn
       {:halt, a} ->
         cont.({:halt, a})
         {:halted, a}

       next ->
         cycle_enum(enumerable, cont.(next), downstream)
     end}
  end
end
