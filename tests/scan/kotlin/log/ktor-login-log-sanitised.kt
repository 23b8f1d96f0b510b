post("/login") {
    val form = call.receiveParameters()
    val user = form["user"].orEmpty()
    if (!auth.check(user, form["password"].orEmpty())) {
        log.warn("failed login for user {}", user.replace(Regex("[\\r\\n]"), "_")) // ok: CWE-117
        return@post call.respond(HttpStatusCode.Unauthorized)
    }
    call.respond(HttpStatusCode.OK)
}
