post("/price/calc") {
    val expr = call.receiveParameters()["expr"].orEmpty()
    val engine = ScriptEngineManager().getEngineByName("kotlin")
    val result = engine.eval(expr) // expect: CWE-95
    call.respondText(result.toString())
}
