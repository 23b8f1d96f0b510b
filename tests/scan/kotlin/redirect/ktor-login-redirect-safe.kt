post("/login") {
    val form = call.receiveParameters()
    if (!checkLogin(form["user"]!!, form["password"]!!)) return@post call.respond(HttpStatusCode.Unauthorized)
    val next = form["next"]?.takeIf { it.startsWith("/") && !it.startsWith("//") } ?: "/"
    call.respondRedirect(next) // ok: CWE-601
}
