package com.example.auth

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.auth.Authentication
import io.ktor.server.auth.jwt.JWTPrincipal
import io.ktor.server.auth.jwt.jwt
import java.security.SecureRandom
import java.util.Base64
import java.util.Date

fun Application.configureAuth() {
    val secret = environment.config.property("jwt.secret").getString() // ok: CWE-798
    install(Authentication) {
        jwt("auth-jwt") {
            verifier(JWT.require(Algorithm.HMAC256(secret)).withIssuer("orders").build())
            validate { cred -> if (cred.payload.subject != null) JWTPrincipal(cred.payload) else null }
        }
    }
}

fun issueToken(userId: String, secret: String): String =
    JWT.create().withIssuer("orders").withSubject(userId)
        .withExpiresAt(Date(System.currentTimeMillis() + 3_600_000))
        .sign(Algorithm.HMAC256(secret))

fun newRefreshToken(): String {
    val bytes = ByteArray(32).also { SecureRandom().nextBytes(it) } // ok: CWE-338
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)
}
