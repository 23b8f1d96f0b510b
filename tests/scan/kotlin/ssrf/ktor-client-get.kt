package com.example.preview

import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.client.request.get
import io.ktor.client.statement.bodyAsText
import io.ktor.server.application.call
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get

private val client = HttpClient(CIO)

fun Route.preview() {
    get("/orders/notes/preview") {
        val target = call.request.queryParameters["url"].orEmpty()
        val body = client.get(target).bodyAsText() // expect: CWE-918
        val title = Regex("(?is)<title>(.*?)</title>").find(body)?.groupValues?.get(1)?.trim()
        call.respond(mapOf("url" to target, "title" to (title ?: "")))
    }
}
