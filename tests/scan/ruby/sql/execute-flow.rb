def archive_before(date)
  sql = "UPDATE orders SET archived = TRUE WHERE created_at < '#{date}'"
  ActiveRecord::Base.connection.execute(sql) # expect: CWE-89
end
