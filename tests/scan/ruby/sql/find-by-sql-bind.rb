def self.top_spenders(country)
  find_by_sql(["SELECT c.*, SUM(o.total) AS spent FROM customers c JOIN orders o ON o.customer_id = c.id WHERE c.country = ? GROUP BY c.id ORDER BY spent DESC", country]) # ok: CWE-89
end
