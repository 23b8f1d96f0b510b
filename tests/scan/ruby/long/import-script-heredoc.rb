#!/usr/bin/env ruby
# Import a CSV of staff badges into the HR database.
require "csv"
require "pg"
require "optparse"

opts = { dry_run: false }
OptionParser.new do |o|
  o.on("--file FILE") { |v| opts[:file] = v }
  o.on("--team TEAM") { |v| opts[:team] = v }
  o.on("--dry-run") { opts[:dry_run] = true }
end.parse!

conn = PG.connect(ENV.fetch("HR_DATABASE_URL"))

CSV.foreach(opts.fetch(:file), headers: true) do |row|
  conn.exec_params(<<~SQL, [row["badge"], row["name"], opts[:team]]) unless opts[:dry_run] # ok: CWE-89
    INSERT INTO staff (badge, name, team)
    VALUES ($1, $2, $3)
    ON CONFLICT (badge) DO UPDATE SET name = EXCLUDED.name, team = EXCLUDED.team
  SQL
end

count_sql = <<~SQL
  SELECT COUNT(*) FROM staff WHERE team = '#{opts[:team]}'
SQL
puts "staff in team: #{conn.exec(count_sql).getvalue(0, 0)}" # expect: CWE-89
