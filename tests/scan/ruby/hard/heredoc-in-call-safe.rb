def stale_sessions(days)
  sql = ActiveRecord::Base.sanitize_sql_array([<<~SQL, days.to_i]) # ok: CWE-89
    SELECT id, user_id FROM sessions
    WHERE updated_at < NOW() - (? * INTERVAL '1 day')
  SQL
  ActiveRecord::Base.connection.select_all(sql)
end
