get("/account") {
    val session = call.sessions.get<UserSession>()
    if (session == null) {
        val loginUrl = URLBuilder("https://accounts.example.com/login").apply {
            parameters.append("return", call.request.uri)
        }.buildString()
        call.respondRedirect(loginUrl) // ok: CWE-601
        return@get
    }
    call.respond(accountView(session))
}
