def update
  @order.update!(order_params)
  redirect_back fallback_location: orders_path # ok: CWE-601
end
