package com.example.portal

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.request.receiveParameters
import io.ktor.server.response.respond
import io.ktor.server.response.respondRedirect
import io.ktor.server.routing.Route
import io.ktor.server.routing.post
import io.ktor.server.sessions.sessions
import io.ktor.server.sessions.set

fun Route.portalLogin(auth: AuthService) {
    post("/portal/login") {
        val params = call.receiveParameters()
        val user = params["user"].orEmpty()
        val password = params["password"].orEmpty()
        val returnTo = params["return_to"] ?: "/portal"
        if (!auth.checkLogin(user, password)) {
            call.respond(HttpStatusCode.Unauthorized, "bad credentials")
            return@post
        }
        call.sessions.set(PortalSession(user))
        call.respondRedirect(returnTo) // expect: CWE-601
    }
}
