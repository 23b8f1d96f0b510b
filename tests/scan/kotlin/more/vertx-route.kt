router.get("/orders/search").handler { ctx ->
    val ref = ctx.request().getParam("ref")
    client.preparedQuery("SELECT * FROM orders WHERE ref = $1").execute(Tuple.of(ref)) // ok: CWE-89
        .onSuccess { rows -> ctx.json(rows.map { it.toJson() }) }
        .onFailure { ctx.fail(it) }
}
