def connect
  PG.connect(host: "db.prod.internal", dbname: "customers", user: "app", password: ENV.fetch("DB_PASSWORD")) # ok: CWE-798
end
