defmodule String do
  @moduledoc """
  UTF-8 strings (binaries), as Elixir 1.14's String.

  Case mapping is done in C (`:beamlet.upcase/1`, `downcase/1`,
  `capitalize/1`, tables generated from Elixir 1.14, see vm/unicode.c);
  everything else is written here on top of binary matching and the
  `:binary` built-ins.

  Graphemes are approximated: a code point followed by its combining marks
  (the common Extend ranges, ZWJ, variation selectors, emoji modifiers),
  "\\r\\n", and regional-indicator pairs are single graphemes; Hangul jamo
  sequences and Indic spacing marks are not joined.  A byte that is not
  UTF-8 is a grapheme on its own, as in Elixir.
  """

  # Whitespace that String.split/1 splits at (Unicode White_Space without
  # the non-breaking spaces U+00A0, U+2007 and U+202F).
  @split_whitespace [
    "\t",
    "\n",
    "\v",
    "\f",
    "\r",
    " ",
    "\u0085",
    "\u1680",
    "\u2000",
    "\u2001",
    "\u2002",
    "\u2003",
    "\u2004",
    "\u2005",
    "\u2006",
    "\u2008",
    "\u2009",
    "\u200A",
    "\u2028",
    "\u2029",
    "\u205F",
    "\u3000"
  ]

  ## Code points and graphemes

  @doc "The first code point of `string` and the rest, or nil for \"\"."
  def next_codepoint(<<cp::utf8, rest::binary>>), do: {<<cp::utf8>>, rest}
  def next_codepoint(<<byte, rest::binary>>), do: {<<byte>>, rest}
  def next_codepoint(<<>>), do: nil

  @doc "The code points of `string`, each a binary."
  def codepoints(string) when is_binary(string), do: codepoints(string, [])

  defp codepoints(<<cp::utf8, rest::binary>>, acc), do: codepoints(rest, [<<cp::utf8>> | acc])
  defp codepoints(<<byte, rest::binary>>, acc), do: codepoints(rest, [<<byte>> | acc])
  defp codepoints(<<>>, acc), do: :lists.reverse(acc)

  @doc "The size in bytes of the first grapheme and the rest, or nil for \"\"."
  def next_grapheme_size(string) when is_binary(string) do
    case grapheme_size(string) do
      0 -> nil
      size -> {size, :binary.part(string, size, byte_size(string) - size)}
    end
  end

  @doc "The first grapheme of `string` and the rest, or nil for \"\"."
  def next_grapheme(string) when is_binary(string) do
    case grapheme_size(string) do
      0 -> nil
      size -> {:binary.part(string, 0, size), :binary.part(string, size, byte_size(string) - size)}
    end
  end

  @doc "The graphemes of `string`."
  def graphemes(string) when is_binary(string), do: graphemes(string, [])

  defp graphemes(<<>>, acc), do: :lists.reverse(acc)

  defp graphemes(string, acc) do
    size = grapheme_size(string)
    <<g::binary-size(size), rest::binary>> = string
    graphemes(rest, [g | acc])
  end

  @doc "The number of graphemes in `string`."
  def length(string) when is_binary(string), do: count_graphemes(string, 0)

  defp count_graphemes(<<>>, n), do: n

  defp count_graphemes(string, n) do
    size = grapheme_size(string)
    <<_::binary-size(size), rest::binary>> = string
    count_graphemes(rest, n + 1)
  end

  # Bytes in the first grapheme of a binary (0 for "").
  defp grapheme_size(<<?\r, ?\n, _::binary>>), do: 2
  defp grapheme_size(<<c, _::binary>>) when c < 0x20 or c == 0x7F, do: 1

  defp grapheme_size(<<cp::utf8, rest::binary>>) when cp >= 0x1F1E6 and cp <= 0x1F1FF do
    case rest do
      <<next::utf8, more::binary>> when next >= 0x1F1E6 and next <= 0x1F1FF -> extend_size(more, 8)
      _ -> extend_size(rest, 4)
    end
  end

  defp grapheme_size(<<cp::utf8, _::binary>>) when cp >= 0x80 and cp <= 0x9F, do: 2
  defp grapheme_size(<<cp::utf8, rest::binary>>), do: extend_size(rest, utf8_size(cp))
  defp grapheme_size(<<_, _::binary>>), do: 1
  defp grapheme_size(<<>>), do: 0

  defp extend_size(<<0x200D::utf8, cp::utf8, rest::binary>>, size) do
    if pictographic?(cp),
      do: extend_size(rest, size + 3 + utf8_size(cp)),
      else: extend_size(<<cp::utf8, rest::binary>>, size + 3)
  end

  defp extend_size(<<cp::utf8, rest::binary>>, size) do
    if extend?(cp), do: extend_size(rest, size + utf8_size(cp)), else: size
  end

  defp extend_size(_, size), do: size

  defp utf8_size(cp) when cp < 0x80, do: 1
  defp utf8_size(cp) when cp < 0x800, do: 2
  defp utf8_size(cp) when cp < 0x10000, do: 3
  defp utf8_size(_), do: 4

  defp extend?(cp) when cp < 0x300, do: false
  defp extend?(cp) when cp <= 0x36F, do: true
  defp extend?(cp) when cp >= 0x483 and cp <= 0x489, do: true
  defp extend?(cp) when cp >= 0x591 and cp <= 0x5BD, do: true
  defp extend?(cp) when cp in [0x5BF, 0x5C1, 0x5C2, 0x5C4, 0x5C5, 0x5C7, 0x670], do: true
  defp extend?(cp) when cp >= 0x610 and cp <= 0x61A, do: true
  defp extend?(cp) when cp >= 0x64B and cp <= 0x65F, do: true
  defp extend?(cp) when cp >= 0x1AB0 and cp <= 0x1AFF, do: true
  defp extend?(cp) when cp >= 0x1DC0 and cp <= 0x1DFF, do: true
  defp extend?(cp) when cp == 0x200C or cp == 0x200D, do: true
  defp extend?(cp) when cp >= 0x20D0 and cp <= 0x20F0, do: true
  defp extend?(cp) when cp >= 0x302A and cp <= 0x302F, do: true
  defp extend?(cp) when cp == 0x3099 or cp == 0x309A, do: true
  defp extend?(cp) when cp >= 0xFE00 and cp <= 0xFE0F, do: true
  defp extend?(cp) when cp >= 0xFE20 and cp <= 0xFE2F, do: true
  defp extend?(cp) when cp >= 0x1F3FB and cp <= 0x1F3FF, do: true
  defp extend?(cp) when cp >= 0xE0020 and cp <= 0xE007F, do: true
  defp extend?(cp) when cp >= 0xE0100 and cp <= 0xE01EF, do: true
  defp extend?(_), do: false

  defp pictographic?(cp) when cp >= 0x1F000 and cp <= 0x1FAFF, do: true
  defp pictographic?(cp) when cp >= 0x2600 and cp <= 0x27BF, do: true
  defp pictographic?(cp) when cp in [0x2640, 0x2642, 0x2695, 0x2696, 0x2708, 0x2764], do: true
  defp pictographic?(_), do: false

  # Bytes taken by the first n graphemes, and whether the string had them all.
  defp graphemes_bytes(string, n), do: graphemes_bytes(string, n, 0)

  defp graphemes_bytes(_string, 0, acc), do: {acc, true}
  defp graphemes_bytes(<<>>, _n, acc), do: {acc, false}

  defp graphemes_bytes(string, n, acc) do
    size = grapheme_size(string)
    <<_::binary-size(size), rest::binary>> = string
    graphemes_bytes(rest, n - 1, acc + size)
  end

  ## Validity

  @doc "Whether `string` is valid UTF-8."
  def valid?(<<_::utf8, rest::binary>>), do: valid?(rest)
  def valid?(<<>>), do: true
  def valid?(_), do: false

  @doc "Whether `string` holds only printable characters (at most the first `limit` are checked)."
  def printable?(string, limit \\ :infinity)
  def printable?(string, 0) when is_binary(string), do: true
  def printable?(<<>>, _limit), do: true

  def printable?(<<c, rest::binary>>, limit) when c in [?\n, ?\r, ?\t, ?\v, ?\b, ?\f, ?\e, ?\d, ?\a],
    do: printable?(rest, decrement(limit))

  def printable?(<<c::utf8, rest::binary>>, limit)
      when (c >= 0x20 and c <= 0x7E) or (c >= 0xA0 and c <= 0xD7FF) or (c >= 0xE000 and c <= 0xFFFD) or
             (c >= 0x10000 and c <= 0x10FFFF),
      do: printable?(rest, decrement(limit))

  def printable?(string, _limit) when is_binary(string), do: false

  defp decrement(:infinity), do: :infinity
  defp decrement(limit), do: limit - 1

  ## Case

  @doc "Upper-cases `string` (`:default`, `:ascii`, `:greek` or `:turkic`)."
  def upcase(string, mode \\ :default)
  def upcase("", _mode), do: ""
  def upcase(string, :default) when is_binary(string), do: :beamlet.upcase(string)
  def upcase(string, :greek) when is_binary(string), do: :beamlet.upcase(string)
  def upcase(string, :ascii) when is_binary(string), do: upcase_ascii(string, [])

  def upcase(string, :turkic) when is_binary(string) do
    :beamlet.upcase(:binary.replace(string, "i", "İ", [:global]))
  end

  defp upcase_ascii(<<c, rest::binary>>, acc) when c >= ?a and c <= ?z, do: upcase_ascii(rest, [c - 32 | acc])
  defp upcase_ascii(<<c, rest::binary>>, acc), do: upcase_ascii(rest, [c | acc])
  defp upcase_ascii(<<>>, acc), do: :erlang.list_to_binary(:lists.reverse(acc))

  @doc "Lower-cases `string` (`:default`, `:ascii`, `:greek` or `:turkic`)."
  def downcase(string, mode \\ :default)
  def downcase("", _mode), do: ""
  def downcase(string, :default) when is_binary(string), do: :beamlet.downcase(string)
  def downcase(string, :ascii) when is_binary(string), do: downcase_ascii(string, [])

  def downcase(string, :turkic) when is_binary(string) do
    string = :binary.replace(string, "İ", "i", [:global])
    string = :binary.replace(string, "I\u0307", "i", [:global])
    :beamlet.downcase(:binary.replace(string, "I", "ı", [:global]))
  end

  def downcase(string, :greek) when is_binary(string), do: greek_sigma(:beamlet.downcase(string), string)

  defp downcase_ascii(<<c, rest::binary>>, acc) when c >= ?A and c <= ?Z, do: downcase_ascii(rest, [c + 32 | acc])
  defp downcase_ascii(<<c, rest::binary>>, acc), do: downcase_ascii(rest, [c | acc])
  defp downcase_ascii(<<>>, acc), do: :erlang.list_to_binary(:lists.reverse(acc))

  # Final sigma (approximate: a letter is "cased" when case mapping changes
  # it): a capital sigma preceded by a cased letter and not followed by one
  # becomes ς.
  defp greek_sigma(lower, original) do
    case :binary.match(original, "Σ") do
      :nomatch -> lower
      _ -> final_sigma(:unicode.characters_to_list(original), false, [])
    end
  end

  defp final_sigma([], _after_cased, acc), do: :beamlet.downcase(:unicode.characters_to_binary(:lists.reverse(acc)))

  defp final_sigma([0x3A3 | rest], true, acc) do
    if next_cased?(rest), do: final_sigma(rest, true, [0x3C3 | acc]), else: final_sigma(rest, true, [0x3C2 | acc])
  end

  defp final_sigma([cp | rest], after_cased, acc) do
    cond do
      case_ignorable?(cp) -> final_sigma(rest, after_cased, [cp | acc])
      true -> final_sigma(rest, cased?(cp), [cp | acc])
    end
  end

  defp next_cased?([cp | rest]) do
    if case_ignorable?(cp), do: next_cased?(rest), else: cased?(cp)
  end

  defp next_cased?([]), do: false

  defp cased?(cp) do
    s = <<cp::utf8>>
    :beamlet.upcase(s) != s or :beamlet.downcase(s) != s
  end

  defp case_ignorable?(cp), do: cp in [?', ?., ?:, 0xAD, 0x2019] or extend?(cp)

  @doc "The first character title-cased, the rest lower-cased (modes as downcase/2)."
  def capitalize(string, mode \\ :default)
  def capitalize("", _mode), do: ""
  def capitalize(string, :default) when is_binary(string), do: :beamlet.capitalize(string)

  def capitalize(<<c, rest::binary>>, :ascii) do
    c = if c >= ?a and c <= ?z, do: c - 32, else: c
    <<c, downcase(rest, :ascii)::binary>>
  end

  def capitalize(<<?i, rest::binary>>, :turkic), do: "İ" <> downcase(rest, :turkic)

  def capitalize(<<cp::utf8, rest::binary>>, mode) when mode == :greek or mode == :turkic do
    :beamlet.capitalize(<<cp::utf8>>) <> downcase(rest, mode)
  end

  def capitalize(<<byte, rest::binary>>, mode) when mode == :greek or mode == :turkic do
    <<byte, downcase(rest, mode)::binary>>
  end

  ## Whitespace

  @doc "Removes leading and trailing whitespace, or the given `to_trim`."
  def trim(string) when is_binary(string), do: trim_trailing(trim_leading(string))

  def trim(string, to_trim) when is_binary(string) and is_binary(to_trim) do
    trim_trailing(trim_leading(string, to_trim), to_trim)
  end

  @doc "Removes leading whitespace, or every leading `to_trim`."
  def trim_leading(string) when is_binary(string), do: skip_whitespace(string)

  def trim_leading(string, to_trim) when is_binary(string) and is_binary(to_trim) do
    replace_leading(string, to_trim, "")
  end

  defp skip_whitespace(<<c, rest::binary>>) when c in [?\t, ?\n, ?\v, ?\f, ?\r, ?\s], do: skip_whitespace(rest)
  defp skip_whitespace(<<0xC2, c, rest::binary>>) when c == 0x85 or c == 0xA0, do: skip_whitespace(rest)
  defp skip_whitespace(<<0xE1, 0x9A, 0x80, rest::binary>>), do: skip_whitespace(rest)

  defp skip_whitespace(<<0xE2, 0x80, c, rest::binary>>)
       when (c >= 0x80 and c <= 0x8A) or c == 0xA8 or c == 0xA9 or c == 0xAF,
       do: skip_whitespace(rest)

  defp skip_whitespace(<<0xE2, 0x81, 0x9F, rest::binary>>), do: skip_whitespace(rest)
  defp skip_whitespace(<<0xE3, 0x80, 0x80, rest::binary>>), do: skip_whitespace(rest)
  defp skip_whitespace(string), do: string

  @doc "Removes trailing whitespace, or every trailing `to_trim`."
  def trim_trailing(string) when is_binary(string), do: drop_trailing_whitespace(string, byte_size(string))

  def trim_trailing(string, to_trim) when is_binary(string) and is_binary(to_trim) do
    replace_trailing(string, to_trim, "")
  end

  defp drop_trailing_whitespace(string, 0), do: :binary.part(string, 0, 0)

  defp drop_trailing_whitespace(string, size) do
    case trailing_whitespace_size(string, size) do
      0 -> :binary.part(string, 0, size)
      n -> drop_trailing_whitespace(string, size - n)
    end
  end

  # Bytes of the whitespace code point that ends string[0, size), or 0.
  defp trailing_whitespace_size(string, size) do
    last = :binary.at(string, size - 1)

    cond do
      last in [?\t, ?\n, ?\v, ?\f, ?\r, ?\s] -> 1
      size >= 2 and (last == 0x85 or last == 0xA0) and :binary.at(string, size - 2) == 0xC2 -> 2
      size >= 3 -> trailing_whitespace3(:binary.part(string, size - 3, 3))
      true -> 0
    end
  end

  defp trailing_whitespace3(<<0xE1, 0x9A, 0x80>>), do: 3

  defp trailing_whitespace3(<<0xE2, 0x80, c>>)
       when (c >= 0x80 and c <= 0x8A) or c == 0xA8 or c == 0xA9 or c == 0xAF,
       do: 3

  defp trailing_whitespace3(<<0xE2, 0x81, 0x9F>>), do: 3
  defp trailing_whitespace3(<<0xE3, 0x80, 0x80>>), do: 3
  defp trailing_whitespace3(_), do: 0

  ## Splitting

  @doc "Splits at runs of whitespace, dropping empty parts."
  def split(string) do
    :binary.split(string, @split_whitespace, [:global, :trim_all])
  end

  @doc "Splits at `pattern` (a binary or a list of binaries); options `parts:` and `trim:`."
  def split(string, pattern, options \\ [])

  def split(string, "", options) when is_binary(string) and is_list(options) do
    index = parts_to_index(Keyword.get(options, :parts, :infinity))
    trim = Keyword.get(options, :trim, false)

    if trim == false and index != 1 do
      ["" | split_empty(string, trim, index - 1)]
    else
      split_empty(string, trim, index)
    end
  end

  def split(string, [], options) when is_binary(string) and is_list(options) do
    if string == "" and Keyword.get(options, :trim, false), do: [], else: [string]
  end

  def split(string, pattern, options) when is_binary(string) and is_list(options) do
    parts = Keyword.get(options, :parts, :infinity)
    trim = Keyword.get(options, :trim, false)

    case {parts, trim} do
      {:infinity, false} -> :binary.split(string, pattern, [:global])
      {:infinity, true} -> :binary.split(string, pattern, [:global, :trim_all])
      {2, false} -> :binary.split(string, pattern)
      _ -> split_each(string, check_pattern(pattern), trim, parts_to_index(parts))
    end
  end

  # Elixir compiles the pattern here (:binary.compile_pattern/1), which
  # rejects "" in a list.
  defp check_pattern(pattern) do
    if valid_pattern?(pattern),
      do: pattern,
      else: raise(ArgumentError, "errors were found at the given arguments:\n\n  * 1st argument: not a valid pattern\n")
  end

  defp valid_pattern?(pattern) when is_binary(pattern), do: pattern != ""
  defp valid_pattern?([_ | _] = patterns), do: valid_patterns?(patterns)
  defp valid_pattern?(_), do: false

  defp valid_patterns?([]), do: true
  defp valid_patterns?([p | rest]) when is_binary(p) and p != "", do: valid_patterns?(rest)
  defp valid_patterns?(_), do: false

  defp parts_to_index(:infinity), do: 0
  defp parts_to_index(n) when is_integer(n) and n > 0, do: n

  defp split_empty("", true, 1), do: []
  defp split_empty(string, _trim, 1), do: [string]

  defp split_empty(string, trim, count) do
    case next_grapheme(string) do
      {g, ""} -> [g | split_empty("", trim, 1)]
      {g, rest} -> [g | split_empty(rest, trim, count - 1)]
      nil -> split_empty("", trim, 1)
    end
  end

  defp split_each("", _pattern, true, 1), do: []
  defp split_each(string, _pattern, _trim, 1) when is_binary(string), do: [string]

  defp split_each(string, pattern, trim, count) do
    case splitter(string, pattern, trim) do
      {head, tail} -> [head | split_each(tail, pattern, trim, count - 1)]
      nil -> []
    end
  end

  defp splitter(:nomatch, _pattern, _trim), do: nil
  defp splitter("", _pattern, false), do: {"", :nomatch}
  defp splitter("", _pattern, true), do: nil

  defp splitter(string, pattern, false) do
    case :binary.split(string, pattern) do
      [head, tail] -> {head, tail}
      [head] -> {head, :nomatch}
    end
  end

  defp splitter(string, pattern, true) do
    case :binary.split(string, pattern) do
      ["", tail] -> splitter(tail, pattern, true)
      [head, tail] -> {head, tail}
      [head] -> {head, :nomatch}
    end
  end

  @doc "Splits `string` in two at grapheme `position` (negative counts from the end)."
  def split_at(string, position) when is_binary(string) and is_integer(position) and position >= 0 do
    {bytes, _} = graphemes_bytes(string, position)
    <<left::binary-size(bytes), right::binary>> = string
    {left, right}
  end

  def split_at(string, position) when is_binary(string) and is_integer(position) and position < 0 do
    position = count_graphemes(string, 0) + position

    if position >= 0, do: split_at(string, position), else: {"", string}
  end

  ## Slicing

  @doc "The grapheme at `position` (negative counts from the end), or nil."
  def at(string, position) when is_binary(string) and is_integer(position) and position >= 0 do
    {bytes, _} = graphemes_bytes(string, position)

    case next_grapheme(:binary.part(string, bytes, byte_size(string) - bytes)) do
      {g, _rest} -> g
      nil -> nil
    end
  end

  def at(string, position) when is_binary(string) and is_integer(position) and position < 0 do
    position = count_graphemes(string, 0) + position
    if position >= 0, do: at(string, position), else: nil
  end

  @doc "The first grapheme, or nil for \"\"."
  def first(string) when is_binary(string) do
    case next_grapheme(string) do
      {g, _rest} -> g
      nil -> nil
    end
  end

  @doc "The last grapheme, or nil for \"\"."
  def last(string) when is_binary(string), do: last_grapheme(string, nil)

  defp last_grapheme(<<>>, last), do: last

  defp last_grapheme(string, _last) do
    size = grapheme_size(string)
    <<g::binary-size(size), rest::binary>> = string
    last_grapheme(rest, g)
  end

  @doc "`length` graphemes starting at `start` (negative counts from the end)."
  def slice(_string, _start, 0), do: ""

  def slice(string, start, length)
      when is_binary(string) and is_integer(start) and start >= 0 and is_integer(length) and length >= 0 do
    {start_bytes, complete} = graphemes_bytes(string, start)

    if complete do
      rest = :binary.part(string, start_bytes, byte_size(string) - start_bytes)
      {length_bytes, _} = graphemes_bytes(rest, length)
      :binary.part(rest, 0, length_bytes)
    else
      ""
    end
  end

  def slice(string, start, length)
      when is_binary(string) and is_integer(start) and start < 0 and is_integer(length) and length >= 0 do
    start = max(count_graphemes(string, 0) + start, 0)
    slice(string, start, length)
  end

  @doc "The graphemes in `range` (negative bounds count from the end; steps > 1 skip)."
  def slice(string, %Range{first: first, last: last, step: step} = range) when is_binary(string) do
    cond do
      step > 0 -> slice_range(string, first, last, step)
      step == -1 and first > last -> slice_range(string, first, last, 1)
      true -> raise ArgumentError, "String.slice/2 does not accept ranges with negative steps, got: " <> inspect(range)
    end
  end

  defp slice_range("", _first, _last, _step), do: ""

  defp slice_range(string, first, last, step) when first >= 0 and last >= 0 do
    if last >= first, do: take_every(slice(string, first, last - first + 1), step), else: ""
  end

  defp slice_range(string, first, last, step) do
    count = count_graphemes(string, 0)
    first = if first >= 0, do: first, else: max(count + first, 0)
    last = if last >= 0, do: last, else: count + last

    if first <= last and first < count do
      take_every(slice(string, first, last - first + 1), step)
    else
      ""
    end
  end

  defp take_every(string, 1), do: string
  defp take_every(string, step), do: take_every(string, step, 0, [])

  defp take_every(<<>>, _step, _i, acc), do: :erlang.iolist_to_binary(:lists.reverse(acc))

  defp take_every(string, step, i, acc) do
    size = grapheme_size(string)
    <<g::binary-size(size), rest::binary>> = string
    acc = if rem(i, step) == 0, do: [g | acc], else: acc
    take_every(rest, step, i + 1, acc)
  end

  @doc "The graphemes of `string` in reverse order."
  def reverse(string) when is_binary(string), do: reverse_graphemes(string, [])

  # As Elixir's (built on :unicode_util.gc/1): at a byte that is not UTF-8,
  # the graphemes so far are emitted reversed, then that byte, then the
  # rest of the string reversed on its own.
  defp reverse_graphemes(<<>>, acc), do: :erlang.iolist_to_binary(acc)

  defp reverse_graphemes(string, acc) do
    size = grapheme_size(string)
    <<g::binary-size(size), rest::binary>> = string

    if valid_start?(string) do
      reverse_graphemes(rest, [g | acc])
    else
      <<byte, after_byte::binary>> = string
      :erlang.iolist_to_binary([acc, byte | reverse_graphemes(after_byte, [])])
    end
  end

  defp valid_start?(<<_::utf8, _::binary>>), do: true
  defp valid_start?(_), do: false

  ## Searching

  @doc "Whether `string` contains `contents` (a binary or any of a list of binaries)."
  def contains?(string, []) when is_binary(string), do: false

  def contains?(string, contents) when is_binary(string) and is_list(contents) do
    :lists.member("", contents) or :binary.match(string, contents) != :nomatch
  end

  def contains?(string, contents) when is_binary(string) and is_binary(contents) do
    contents == "" or :binary.match(string, contents) != :nomatch
  end

  @doc "Whether `string` starts with `prefix` (or any of a list of prefixes)."
  def starts_with?(string, []) when is_binary(string), do: false

  def starts_with?(string, [_ | _] = prefixes) when is_binary(string) do
    any_prefix?(string, prefixes)
  end

  def starts_with?(string, prefix) when is_binary(string) and is_binary(prefix) do
    prefix?(string, prefix)
  end

  defp any_prefix?(_string, []), do: false
  defp any_prefix?(string, [p | rest]) when is_binary(p), do: prefix?(string, p) or any_prefix?(string, rest)

  defp prefix?(string, prefix) do
    size = byte_size(prefix)
    byte_size(string) >= size and :binary.part(string, 0, size) == prefix
  end

  @doc "Whether `string` ends with `suffix` (or any of a list of suffixes)."
  def ends_with?(string, []) when is_binary(string), do: false

  def ends_with?(string, [_ | _] = suffixes) when is_binary(string) do
    any_suffix?(string, suffixes)
  end

  def ends_with?(string, suffix) when is_binary(string) and is_binary(suffix) do
    suffix?(string, suffix)
  end

  defp any_suffix?(_string, []), do: false
  defp any_suffix?(string, [s | rest]) when is_binary(s), do: suffix?(string, s) or any_suffix?(string, rest)

  defp suffix?(string, suffix) do
    size = byte_size(suffix)
    total = byte_size(string)
    total >= size and :binary.part(string, total - size, size) == suffix
  end

  ## Replacing

  @doc "Replaces `pattern` (binary or list) by `replacement` (binary or fn); `global: false` for the first only."
  def replace(subject, pattern, replacement, options \\ [])
      when is_binary(subject) and (is_binary(replacement) or is_function(replacement, 1)) and is_list(options) do
    replace_guarded(subject, pattern, replacement, options)
  end

  defp replace_guarded(subject, "", "", _options), do: subject
  defp replace_guarded(subject, [], _replacement, _options), do: subject

  defp replace_guarded(subject, "", replacement, options) when is_binary(replacement) do
    if Keyword.get(options, :global, true) do
      :erlang.iolist_to_binary([replacement | intersperse(graphemes(subject), replacement, [])])
    else
      replacement <> subject
    end
  end

  defp replace_guarded(subject, "", replacement, options) do
    if Keyword.get(options, :global, true) do
      first = replacement.("")
      :erlang.iolist_to_binary([first | intersperse_fun(graphemes(subject), replacement, [])])
    else
      replacement.("") <> subject
    end
  end

  defp replace_guarded(subject, pattern, replacement, options) do
    matches =
      if Keyword.get(options, :global, true) do
        :binary.matches(subject, pattern)
      else
        case :binary.match(subject, pattern) do
          :nomatch -> []
          match -> [match]
        end
      end

    :erlang.iolist_to_binary(do_replace(subject, matches, replacement, 0))
  end

  defp intersperse([], _replacement, acc), do: :lists.reverse(acc)
  defp intersperse([g | rest], replacement, acc), do: intersperse(rest, replacement, [replacement, g | acc])

  defp intersperse_fun([], _fun, acc), do: :lists.reverse(acc)
  defp intersperse_fun([g | rest], fun, acc), do: intersperse_fun(rest, fun, [fun.(""), g | acc])

  defp do_replace(subject, [], _replacement, offset) do
    [:binary.part(subject, offset, byte_size(subject) - offset)]
  end

  defp do_replace(subject, [{start, length} | matches], replacement, offset) do
    prefix = :binary.part(subject, offset, start - offset)

    middle =
      if is_binary(replacement),
        do: replacement,
        else: replacement.(:binary.part(subject, start, length))

    [prefix, middle | do_replace(subject, matches, replacement, start + length)]
  end

  @doc "Replaces `match` once at the start of `string`."
  def replace_prefix(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    size = byte_size(match)

    case string do
      <<^match::binary-size(size), rest::binary>> -> replacement <> rest
      _ -> string
    end
  end

  @doc "Replaces `match` once at the end of `string`."
  def replace_suffix(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    if suffix?(string, match) do
      :binary.part(string, 0, byte_size(string) - byte_size(match)) <> replacement
    else
      string
    end
  end

  @doc "Replaces every leading `match` by `replacement`."
  def replace_leading(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    if match == "", do: raise(ArgumentError, "cannot use an empty string as the match to replace")
    replace_leading(string, match, replacement, byte_size(match), [])
  end

  defp replace_leading(string, match, replacement, size, acc) do
    case string do
      <<^match::binary-size(size), rest::binary>> -> replace_leading(rest, match, replacement, size, [replacement | acc])
      _ -> :erlang.iolist_to_binary([acc, string])
    end
  end

  @doc "Replaces every trailing `match` by `replacement`."
  def replace_trailing(string, match, replacement)
      when is_binary(string) and is_binary(match) and is_binary(replacement) do
    if match == "", do: raise(ArgumentError, "cannot use an empty string as the match to replace")
    replace_trailing(string, match, replacement, byte_size(match), byte_size(string), 0)
  end

  defp replace_trailing(string, match, replacement, size, total, count) do
    if total >= size and :binary.part(string, total - size, size) == match do
      replace_trailing(string, match, replacement, size, total - size, count + 1)
    else
      :binary.part(string, 0, total) <> :binary.copy(replacement, count)
    end
  end

  ## Padding and repetition

  @doc "Pads `string` on the left to `count` graphemes with `padding` (cycled)."
  def pad_leading(string, count, padding \\ [" "])

  def pad_leading(string, count, padding) when is_binary(padding) do
    pad_leading(string, count, graphemes(padding))
  end

  def pad_leading(string, count, [_ | _] = padding)
      when is_binary(string) and is_integer(count) and count >= 0 do
    pad(:leading, string, count, padding)
  end

  @doc "Pads `string` on the right to `count` graphemes with `padding` (cycled)."
  def pad_trailing(string, count, padding \\ [" "])

  def pad_trailing(string, count, padding) when is_binary(padding) do
    pad_trailing(string, count, graphemes(padding))
  end

  def pad_trailing(string, count, [_ | _] = padding)
      when is_binary(string) and is_integer(count) and count >= 0 do
    pad(:trailing, string, count, padding)
  end

  defp pad(kind, string, count, padding) do
    string_length = count_graphemes(string, 0)

    if string_length >= count do
      string
    else
      filler = build_filler(count - string_length, padding, padding, [])

      case kind do
        :leading -> :erlang.iolist_to_binary([filler, string])
        :trailing -> :erlang.iolist_to_binary([string, filler])
      end
    end
  end

  defp build_filler(0, _source, _padding, acc), do: :lists.reverse(acc)
  defp build_filler(count, source, [], acc), do: build_filler(count, source, source, acc)

  defp build_filler(count, source, [g | rest], acc) when is_binary(g),
    do: build_filler(count - 1, source, rest, [g | acc])

  @doc "`subject` repeated `n` times."
  def duplicate(subject, n) when is_binary(subject) and is_integer(n) and n >= 0 do
    :binary.copy(subject, n)
  end

  ## Conversions

  @doc "Parses an integer (raises ArgumentError when `string` is not one)."
  def to_integer(string) when is_binary(string), do: :erlang.binary_to_integer(string)

  @doc "Parses an integer in `base` (2..36)."
  def to_integer(string, base) when is_binary(string) and is_integer(base) do
    :erlang.binary_to_integer(string, base)
  end

  @doc "Parses a float (raises ArgumentError when `string` is not one)."
  def to_float(string) when is_binary(string), do: :erlang.binary_to_float(string)

  @doc "The atom named `string`."
  def to_atom(string) when is_binary(string), do: :erlang.binary_to_atom(string, :utf8)

  @doc "The existing atom named `string` (raises ArgumentError when there is none)."
  def to_existing_atom(string) when is_binary(string), do: :erlang.binary_to_existing_atom(string, :utf8)

  @doc "The code points of `string` as a list of integers."
  def to_charlist(string) when is_binary(string) do
    case :unicode.characters_to_list(string) do
      result when is_list(result) -> result
      {:error, encoded, rest} -> raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :invalid
      {:incomplete, encoded, rest} -> raise UnicodeConversionError, encoded: encoded, rest: rest, kind: :incomplete
    end
  end
end

defmodule UnicodeConversionError do
  @moduledoc "Raised when a binary is not valid UTF-8 (String.to_charlist/1 and friends)."
  defexception [:encoded, :message]

  @doc "Builds the exception from `encoded:`, `rest:` and `kind:`."
  def exception(opts) do
    %UnicodeConversionError{
      encoded: Keyword.fetch!(opts, :encoded),
      message: :erlang.atom_to_binary(Keyword.fetch!(opts, :kind), :utf8) <> " " <> detail(Keyword.fetch!(opts, :rest))
    }
  end

  defp detail(rest) when is_binary(rest), do: "encoding starting at " <> inspect(rest)
  defp detail([h | _]) when is_integer(h), do: "code point " <> :erlang.integer_to_binary(h)
  defp detail([h | _]), do: detail(h)
end
