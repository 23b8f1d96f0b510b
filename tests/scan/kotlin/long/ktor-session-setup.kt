package com.example.app

import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.sessions.SessionTransportTransformerMessageAuthentication
import io.ktor.server.sessions.Sessions
import io.ktor.server.sessions.cookie
import io.ktor.util.hex

data class UserSession(val userId: Long, val csrf: String)

fun Application.configureSessions() {
    val signKey = hex(environment.config.property("session.signKey").getString()) // ok: CWE-798
    install(Sessions) {
        cookie<UserSession>("SESSION") {
            cookie.path = "/"
            cookie.httpOnly = true
            cookie.secure = true
            cookie.extensions["SameSite"] = "lax"
            transform(SessionTransportTransformerMessageAuthentication(signKey))
        }
    }
}

fun Application.configureDevSessions() {
    install(Sessions) {
        cookie<UserSession>("SESSION") {
            transform(SessionTransportTransformerMessageAuthentication(hex("6819b57a326945c1968f45236589"))) // expect: CWE-798
        }
    }
}
