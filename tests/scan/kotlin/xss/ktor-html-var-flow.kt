package com.example.tickets

import io.ktor.http.ContentType
import io.ktor.server.application.call
import io.ktor.server.response.respondText
import io.ktor.server.routing.Route
import io.ktor.server.routing.get

fun Route.ticketComments(store: CommentStore) {
    get("/tickets/{id}/comment") {
        val id = call.parameters["id"] ?: return@get
        val text = call.request.queryParameters["text"] ?: ""
        store.add(id, text)
        val page = buildString {
            append("<!doctype html><html><head><title>Ticket $id</title></head><body>") // expect: CWE-79
            append("<h2>Comment saved</h2>")
            append("<blockquote>$text</blockquote>") // expect: CWE-79
            append("</body></html>")
        }
        call.respondText(page, ContentType.Text.Html)
    }
}
