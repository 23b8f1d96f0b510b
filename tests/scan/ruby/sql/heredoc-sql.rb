def monthly_totals(region)
  sql = <<~SQL
    SELECT date_trunc('month', created_at) AS month, SUM(total_cents)
    FROM orders
    WHERE region = '#{region}'
    GROUP BY 1 ORDER BY 1
  SQL
  ActiveRecord::Base.connection.select_rows(sql) # expect: CWE-89
end
