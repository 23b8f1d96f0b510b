require "pg"

def customer_db
  PG.connect("host=db.prod.internal dbname=customers user=app password=#{ENV.fetch('CUSTOMERS_DB_PASSWORD')}") # ok: CWE-798
end
