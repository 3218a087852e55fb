# nested maps: access, update, put_in/get_in/update_in
cfg = %{db: %{host: "localhost", port: 5432, opts: %{ssl: false}}, name: "app"}
IO.inspect(cfg.db.port)
IO.inspect(cfg[:db][:opts][:ssl])
IO.inspect(cfg[:nope][:deeper])
IO.inspect(%{cfg | db: %{cfg.db | port: 6543}})
IO.inspect(put_in(cfg, [:db, :opts, :ssl], true))
IO.inspect(get_in(cfg, [:db, :host]))
IO.inspect(update_in(cfg, [:db, :port], fn p -> p + 1 end))
IO.inspect(Map.update!(cfg, :db, fn db -> Map.delete(db, :opts) end))
deep = %{l1: %{l2: %{l3: %{l4: :bottom}}}}
IO.inspect(deep)
IO.inspect(deep.l1.l2.l3.l4)
