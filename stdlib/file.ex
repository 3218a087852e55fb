defmodule File.Error do
  defexception [:reason, :path, action: ""]

  def message(exception) do
    "could not " <> exception.action <> " " <> inspect(exception.path) <> ": " <> File.__reason__(exception.reason)
  end
end

defmodule File do
  @moduledoc "Reading and writing whole files."

  @doc "`{:ok, binary}` or `{:error, reason}`."
  def read(path), do: :beamlet.read_file(IO.chardata_to_string(path))

  @doc "The file's contents; raises File.Error on failure."
  def read!(path) do
    case read(path) do
      {:ok, binary} -> binary
      {:error, reason} -> raise File.Error, reason: reason, action: "read file", path: IO.chardata_to_string(path)
    end
  end

  @doc "Writes `content` (iodata); `:ok` or `{:error, reason}`."
  def write(path, content), do: :beamlet.write_file(IO.chardata_to_string(path), content)

  @doc "Writes `content`; raises File.Error on failure."
  def write!(path, content) do
    case write(path, content) do
      :ok -> :ok
      {:error, reason} -> raise File.Error, reason: reason, action: "write to file", path: IO.chardata_to_string(path)
    end
  end

  @doc "Whether the path exists."
  def exists?(path), do: :beamlet.file_exists(IO.chardata_to_string(path))

  @doc false
  def __reason__(:enoent), do: "no such file or directory"
  def __reason__(:eacces), do: "permission denied"
  def __reason__(:eisdir), do: "illegal operation on a directory"
  def __reason__(:enotdir), do: "not a directory"
  def __reason__(:enospc), do: "no space left on device"
  def __reason__(:eexist), do: "file already exists"
  def __reason__(reason), do: inspect(reason)
end
