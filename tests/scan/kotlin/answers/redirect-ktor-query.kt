post("/portal/login") {
    val form = call.receiveParameters()
    if (checkLogin(form["user"] ?: "", form["password"] ?: "")) {
        val next = call.request.queryParameters["next"] ?: "/"
        call.respondRedirect(next) // expect: CWE-601
    } else {
        call.respond(HttpStatusCode.Unauthorized)
    }
}
