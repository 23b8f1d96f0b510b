def stale_sessions(days)
  ActiveRecord::Base.connection.select_all(<<~SQL) # expect: CWE-89
    SELECT id, user_id FROM sessions
    WHERE updated_at < NOW() - INTERVAL '#{days} days'
  SQL
end
