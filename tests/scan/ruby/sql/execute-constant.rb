def archive_all
  sql = "UPDATE orders SET archived = TRUE WHERE created_at < NOW() - INTERVAL '1 year'"
  ActiveRecord::Base.connection.execute(sql) # ok: CWE-89
end
