get("/customers/notes/preview") {
    val url = call.request.queryParameters["url"] ?: return@get call.respond(HttpStatusCode.BadRequest)
    val text = HttpClient(CIO).use { it.get(url).bodyAsText() } // expect: CWE-918
    call.respondText(text.take(200))
}
