def perform(order_id)
  order = Order.find(order_id)
  logger.info("charging order #{order.id} for #{order.total_cents} cents") # ok: CWE-117
  PaymentGateway.charge!(order)
end
