defmodule :rand do
  @moduledoc """
  OTP's rand with its default algorithm, exsss (Xorshift116**), written
  after OTP 25's rand.erl step for step: a generator seeded with
  `seed(:exsss, seed)` gives the numbers OTP gives.  The state lives in the
  process dictionary under `:rand_seed`, as in OTP, and is seeded from the
  clock and a unique integer on first use.  Only exsss (also called
  `:default`) is provided.
  """

  @mask58 0x3FFFFFFFFFFFFFF
  @mask64 0xFFFFFFFFFFFFFFFF
  @two_pow_minus53 1.11022302462515657e-16

  @doc "A float in [0.0, 1.0), from the process's generator."
  def uniform() do
    {x, state} = uniform_s(seed_get())
    seed_put(state)
    x
  end

  @doc "An integer in 1..n, from the process's generator."
  def uniform(n) do
    {x, state} = uniform_s(n, seed_get())
    seed_put(state)
    x
  end

  @doc "A float in [0.0, 1.0) and the next state."
  def uniform_s({%{type: :exsss} = handler, r0}) do
    {i, r1} = exsss_next(r0)
    {:erlang.bsr(i, 58 - 53) * @two_pow_minus53, {handler, r1}}
  end

  @doc "An integer in 1..n and the next state."
  def uniform_s(n, {%{type: :exsss} = handler, r}) when is_integer(n) and n >= 1 do
    {v, r1} = exsss_next(r)
    uniform_range(n, handler, r1, v, :erlang.bsl(1, 58) - n)
  end

  @doc "Seeds the process's generator: `alg` with a seed from the clock, or a state."
  def seed(alg_or_state), do: seed_put(seed_s(alg_or_state))

  @doc "Seeds the process's generator with `alg` and `seed` (an integer, a list or a triple)."
  def seed(alg, seed), do: seed_put(seed_s(alg, seed))

  @doc "The state for `alg` seeded from the clock, or a state or exported state."
  def seed_s({handler, _state} = state) when is_map(handler), do: state

  def seed_s({alg, state}) when is_atom(alg) do
    {handler, _seed_fun} = mk_alg(alg)
    {handler, state}
  end

  def seed_s(alg), do: seed_s(alg, default_seed())

  @doc "The state for `alg` seeded with `seed`."
  def seed_s(:default, seed), do: seed_s(:exsss, seed)

  def seed_s(alg, seed) do
    {handler, seed_fun} = mk_alg(alg)
    {handler, seed_fun.(seed)}
  end

  @doc "The process's generator as `{alg, state}`, or `:undefined`."
  def export_seed() do
    case :erlang.get(:rand_seed) do
      {%{type: alg}, state} -> {alg, state}
      _ -> :undefined
    end
  end

  @doc "A state as `{alg, state}`."
  def export_seed_s({%{type: alg}, state}), do: {alg, state}

  defp seed_put(state) do
    :erlang.put(:rand_seed, state)
    state
  end

  defp seed_get() do
    case :erlang.get(:rand_seed) do
      :undefined -> seed(:exsss)
      old -> old
    end
  end

  defp default_seed(), do: {:erlang.unique_integer(), :erlang.system_time(), :erlang.monotonic_time()}

  defp mk_alg(:exsss), do: {%{type: :exsss, bits: 58}, &exsss_seed/1}

  defp exsss_seed(l) when is_list(l) do
    [s0, s1] = seed_nz(2, l, false)
    [s0 | s1]
  end

  defp exsss_seed(x) when is_integer(x) do
    [s0, s1] = seed58(2, x)
    [s0 | s1]
  end

  defp exsss_seed({a1, a2, a3}) do
    {_, x0} = seed58(a1)
    {s0, x1} = seed58(:erlang.bxor(a2, x0))
    {s1, _} = seed58(:erlang.bxor(a3, x1))
    [s0 | s1]
  end

  # Xorshift116 one step, then the ** scrambler; the state's members are
  # swapped as in OTP.
  defp exsss_next([s1 | s0]) do
    s0_1 = :erlang.band(s0, @mask58)
    s1_b = :erlang.bxor(:erlang.band(s1, @mask58), bsl58(s1, 24))
    new_s1 = :erlang.bxor(:erlang.bxor(s1_b, s0_1), :erlang.bxor(:erlang.bsr(s1_b, 11), :erlang.bsr(s0_1, 41)))
    {scramble_starstar(s0_1), [s0_1 | new_s1]}
  end

  # ((s * 5) rotl 7) * 9, modulo 2^58
  defp scramble_starstar(s) do
    v_a = s + bsl58(s, 2)
    v_b = :erlang.bor(bsl58(v_a, 7), :erlang.band(:erlang.bsr(v_a, 58 - 7), 0x7F))
    :erlang.band(v_b + bsl58(v_b, 3), @mask58)
  end

  defp bsl58(x, n), do: :erlang.bsl(:erlang.band(x, :erlang.bsl(1, 58 - n) - 1), n)

  # A value in 1..range from v, redrawing from the truncated top.
  defp uniform_range(range, handler, r, v, max_minus_range) when max_minus_range >= 0 do
    cond do
      v < range ->
        {v + 1, {handler, r}}

      true ->
        i = rem(v, range)
        if v - i <= max_minus_range, do: {i + 1, {handler, r}}, else: uniform_s(range, {handler, r})
    end
  end

  defp uniform_range(range, handler, r, v, _max_minus_range), do: uniform_big(range, handler, r, v)

  # Ranges wider than the generator's 58 bits take several words.
  defp uniform_big(range, handler, r, v) do
    range_minus1 = range - 1

    if :erlang.band(range, range_minus1) == 0 do
      {v1, r1, _} = uniform_bits(:erlang.bsr(range, 58), r, v, 58)
      {:erlang.band(v1, range_minus1) + 1, {handler, r1}}
    else
      {v1, r1, b} = uniform_bits(:erlang.bsr(range, 58 - 2), r, v, 58)
      i = rem(v1, range)

      if v1 - i <= :erlang.bsl(1, b) - range do
        {i + 1, {handler, r1}}
      else
        {v2, r2} = exsss_next(r1)
        uniform_big(range, handler, r2, v2)
      end
    end
  end

  defp uniform_bits(range, r, v, b) when range <= 1, do: {v, r, b}

  defp uniform_bits(range, r, v, b) do
    {v1, r1} = exsss_next(r)
    uniform_bits(:erlang.bsr(range, 58), r1, :erlang.bor(:erlang.bsl(v, 58), v1), b + 58)
  end

  # SplitMix64 seeding: 58-bit words, zeros skipped.
  defp seed58(0, _x), do: []

  defp seed58(n, x) do
    {z, new_x} = seed58(x)
    [z | seed58(n - 1, new_x)]
  end

  defp seed58(x_0) do
    {z0, x} = splitmix64_next(x_0)

    case :erlang.band(z0, @mask58) do
      0 -> seed58(x)
      z -> {z, x}
    end
  end

  defp splitmix64_next(x_0) do
    x = :erlang.band(x_0 + 0x9E3779B97F4A7C15, @mask64)
    z_0 = :erlang.band(:erlang.bxor(x, :erlang.bsr(x, 30)) * 0xBF58476D1CE4E5B9, @mask64)
    z_1 = :erlang.band(:erlang.bxor(z_0, :erlang.bsr(z_0, 27)) * 0x94D049BB133111EB, @mask64)
    {:erlang.band(:erlang.bxor(z_1, :erlang.bsr(z_1, 31)), @mask64), x}
  end

  # A list seed: the integers masked to 58 bits, not all zero.
  defp seed_nz(_n, [], false), do: :erlang.error(:zero_seed)
  defp seed_nz(0, [_ | _], _nz), do: :erlang.error(:too_many_seed_integers)
  defp seed_nz(0, [], _nz), do: []
  defp seed_nz(n, [], true), do: [0 | seed_nz(n - 1, [], true)]

  defp seed_nz(n, [s | ss], nz) when is_integer(s) do
    r = :erlang.band(s, @mask58)
    [r | seed_nz(n - 1, ss, nz or r != 0)]
  end

  defp seed_nz(_n, [_ | _], _nz), do: :erlang.error(:non_integer_seed)
end
