def create
  @order = current_user.orders.create!(order_params)
  Rails.logger.info "order #{@order.ref} created by user #{current_user.id}" # ok: CWE-117
  redirect_to @order
end
