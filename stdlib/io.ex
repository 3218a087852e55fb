defmodule IO do
  @moduledoc """
  Writing to standard output and standard error.

  A device is `:stdio` (the default) or `:stderr`.
  """

  @doc """
  Writes `item` and a newline.  `item` is chardata (a string, or a list of
  strings and code points) or anything with a `to_string/1` form.
  """
  def puts(item), do: puts(:stdio, item)

  def puts(device, item) do
    :beamlet.put_chars(device, [to_chardata(item), 10])
    :ok
  end

  @doc "Writes `item` without a newline."
  def write(item), do: write(:stdio, item)

  def write(device, item) do
    :beamlet.put_chars(device, to_chardata(item))
    :ok
  end

  @doc """
  Writes `inspect(item)` and a newline, and returns `item` unchanged, so it
  can sit in the middle of a pipeline.  With `label: text` the output is
  prefixed by `text: `.
  """
  def inspect(item), do: inspect(:stdio, item, [])

  def inspect(item, opts), do: inspect(:stdio, item, opts)

  def inspect(device, item, opts) do
    # IO.inspect always lays out to the width, whatever :pretty says.
    text = :beamlet.inspect(item, [width: 80] ++ opts ++ [pretty: true])

    case label(opts) do
      nil -> :beamlet.put_chars(device, [text, 10])
      label -> :beamlet.put_chars(device, [to_string(label), ": ", text, 10])
    end

    item
  end

  defp label([{:label, label} | _]), do: label
  defp label([_ | rest]), do: label(rest)
  defp label([]), do: nil

  defp to_chardata(item) when is_list(item), do: item
  defp to_chardata(item), do: to_string(item)

  @doc "Reads a line from standard input after writing `prompt`; `:eof` at the end."
  def gets(prompt), do: :beamlet.gets(IO.chardata_to_string(prompt))
  def gets(:stdio, prompt), do: gets(prompt)

  @doc "The binary an iodata term (binaries, bytes and lists of them) stands for."
  def iodata_to_binary(iodata), do: :erlang.iolist_to_binary(iodata)

  @doc "The number of bytes in an iodata term."
  def iodata_length(iodata), do: :erlang.iolist_size(iodata)

  @doc "Chardata (a string or a list of strings and code points) as a string."
  def chardata_to_string(string) when is_binary(string), do: string
  def chardata_to_string(list) when is_list(list), do: List.to_string(list)
end
