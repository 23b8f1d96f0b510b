def monthly_totals(region)
  sql = <<~SQL
    SELECT date_trunc('month', created_at) AS month, SUM(total_cents)
    FROM orders
    WHERE region = $1
    GROUP BY 1 ORDER BY 1
  SQL
  ActiveRecord::Base.connection.exec_query(sql, "totals", [region]).rows # ok: CWE-89
end
