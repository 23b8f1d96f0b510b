@order.update_attributes(params[:order]) # expect: CWE-915
