# with patterns over maps, lists and binaries
parse = fn bin ->
  with <<"v", ver::binary-size(1), ":", rest::binary>> <- bin,
       {v, ""} <- Integer.parse(ver),
       [k, val] <- String.split(rest, "=") do
    %{version: v, key: k, value: val}
  end
end

IO.inspect(parse.("v1:name=beamlet"))
IO.inspect(parse.("v2:bad"))
IO.inspect(parse.("x1:name=a"))
IO.inspect(parse.("vx:k=v"))

cfg = %{db: %{port: 5432}}
IO.inspect(with %{db: %{port: p}} when is_integer(p) <- cfg, do: p + 1)
IO.inspect(with %{cache: c} <- cfg, do: c)
