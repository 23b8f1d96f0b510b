require "pg"

conn = PG.connect(dbname: "tickets")
ticket_no = ARGV.fetch(0)
res = conn.exec_params("SELECT * FROM tickets WHERE ticket_no = $1", [ticket_no]) # ok: CWE-89
res.each { |r| puts r.inspect }
