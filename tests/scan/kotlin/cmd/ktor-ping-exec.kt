post("/admin/ping") {
    val host = call.receiveParameters()["host"] ?: return@post call.respond(HttpStatusCode.BadRequest)
    val proc = Runtime.getRuntime().exec("ping -c 3 $host") // expect: CWE-78
    val out = proc.inputStream.bufferedReader().readText()
    call.respondText(out)
}
