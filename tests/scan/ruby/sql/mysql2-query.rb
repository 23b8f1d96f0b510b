client = Mysql2::Client.new(host: "localhost", username: "app", database: "shop")
results = client.query("SELECT * FROM orders WHERE ref = '#{ref}'") # expect: CWE-89
