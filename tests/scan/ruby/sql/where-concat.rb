def by_status(status)
  Order.where("status = '" + status + "'") # expect: CWE-89
end
