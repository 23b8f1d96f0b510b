  return head(:conflict) if Order.exists?(["ref = '#{params[:ref]}'"]) # expect: CWE-89
