package com.example.admin

import io.ktor.http.ContentType
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.request.receiveParameters
import io.ktor.server.response.respondText
import io.ktor.server.routing.Route
import io.ktor.server.routing.post
import java.util.concurrent.TimeUnit

private val HOST = Regex("^[a-zA-Z0-9.-]{1,253}$")

fun Route.adminTools() {
    authenticate("admin") {
        post("/admin/dig") {
            val host = call.receiveParameters()["host"].orEmpty()
            require(HOST.matches(host))
            val p = ProcessBuilder("dig", "+short", host).start() // ok: CWE-78
            p.waitFor(5, TimeUnit.SECONDS)
            call.respondText(p.inputStream.bufferedReader().readText())
        }
        post("/admin/grep") {
            val needle = call.receiveParameters()["q"].orEmpty()
            val p = ProcessBuilder("/bin/sh", "-c", "grep -r '$needle' /var/log/app | tail -50").start() // expect: CWE-78
            p.waitFor(10, TimeUnit.SECONDS)
            call.respondText(p.inputStream.bufferedReader().readText(), ContentType.Text.Plain)
        }
    }
}
