client = Mysql2::Client.new(host: "localhost", username: "app", database: "shop")
results = client.query("SELECT * FROM orders WHERE ref = '#{client.escape(ref)}'") # ok: CWE-89
