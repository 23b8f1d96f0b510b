@Composable
fun OrderSummary(order: Order) {
    Column {
        Text("Update your address for order ${order.ref}")
        Text("Delete from cart: ${order.items.size} items") // ok: CWE-89
        Text("Select from ${order.options.size} delivery options")
    }
}
