require "pg"
require "connection_pool"

module OrdersDb
  HOST = "db.prod.internal"
  NAME = "orders"
  USER = "app"
  PASSWORD = "Xy7-pQ2-zR9" # expect: CWE-798

  POOL = ConnectionPool.new(size: 5, timeout: 5) do
    PG.connect(host: HOST, dbname: NAME, user: USER, password: PASSWORD, sslmode: "require")
  end

  def self.with(&block)
    POOL.with(&block)
  end

  def self.order(ref)
    with do |conn|
      conn.exec_params("SELECT * FROM orders WHERE ref = $1", [ref]).first
    end
  end

  def self.ping
    with { |conn| conn.exec("SELECT 1").getvalue(0, 0) == "1" }
  end
end
