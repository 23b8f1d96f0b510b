import net.objecthunter.exp4j.ExpressionBuilder

post("/price/calc") {
    val expr = call.receiveParameters()["expr"].orEmpty()
    val result = ExpressionBuilder(expr).build().evaluate() // ok: CWE-95
    call.respondText(result.toString())
}
