post("/login") {
    val params = call.receiveParameters()
    if (!checkLogin(params["user"].orEmpty(), params["password"].orEmpty())) {
        call.application.environment.log.warn("Failed login for user ${params["user"]}") // expect: CWE-117
        call.respond(HttpStatusCode.Unauthorized)
    }
}
