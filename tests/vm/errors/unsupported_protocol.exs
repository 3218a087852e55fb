# Protocols are outside the subset.
# expect-exit: 1
# expect-stderr: defprotocol is not supported by beamlet
defprotocol Size do
  def size(data)
end
