fun calc(expression: String): Double {
    val engine = ScriptEngineManager().getEngineByName("js")
    return (engine.eval(expression) as Number).toDouble() // expect: CWE-95
}
