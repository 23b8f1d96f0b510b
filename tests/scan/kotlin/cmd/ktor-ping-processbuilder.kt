post("/admin/ping") {
    val host = call.receiveParameters()["host"] ?: return@post call.respond(HttpStatusCode.BadRequest)
    if (!Regex("^[A-Za-z0-9.-]{1,253}$").matches(host)) return@post call.respond(HttpStatusCode.BadRequest)
    val proc = ProcessBuilder("ping", "-c", "3", host).redirectErrorStream(true).start() // ok: CWE-78
    val out = proc.inputStream.bufferedReader().readText()
    call.respondText(out)
}
