post("/login") {
    val form = call.receiveParameters()
    if (!checkLogin(form["user"]!!, form["password"]!!)) return@post call.respond(HttpStatusCode.Unauthorized)
    call.respondRedirect(form["next"] ?: "/") // expect: CWE-601
}
