router.get("/orders/search").handler { ctx ->
    val ref = ctx.request().getParam("ref")
    client.query("SELECT * FROM orders WHERE ref = '" + ref + "'").execute() // expect: CWE-89
        .onSuccess { rows -> ctx.json(rows.map { it.toJson() }) }
        .onFailure { ctx.fail(it) }
}
