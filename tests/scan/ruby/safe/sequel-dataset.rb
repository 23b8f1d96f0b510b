def recent_orders(customer_id, limit)
  DB[:orders].where(customer_id: customer_id).order(Sequel.desc(:created_at)).limit(limit).all # ok: CWE-89
end
