require "pg"

conn = PG.connect(dbname: "tickets")
ticket_no = ARGV.fetch(0)
res = conn.exec("SELECT * FROM tickets WHERE ticket_no = '#{ticket_no}'") # expect: CWE-89
res.each { |r| puts r.inspect }
