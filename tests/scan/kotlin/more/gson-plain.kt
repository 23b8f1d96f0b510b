fun readOrder(json: String): Order = Gson().fromJson(json, Order::class.java) // ok: CWE-502
