package com.example.portal

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.application
import io.ktor.server.application.call
import io.ktor.server.application.log
import io.ktor.server.request.receiveParameters
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.post

fun Route.login(auth: AuthService) {
    post("/staff/login") {
        val params = call.receiveParameters()
        val username = params["username"] ?: ""
        val password = params["password"] ?: ""
        if (auth.checkLogin(username, password)) {
            call.respond(HttpStatusCode.OK, mapOf("ok" to true))
        } else {
            application.log.info("Login failed for " + username) // expect: CWE-117
            call.respond(HttpStatusCode.Unauthorized, mapOf("ok" to false))
        }
    }
}
