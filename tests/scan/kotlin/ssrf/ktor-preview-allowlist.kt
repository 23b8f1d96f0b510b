private val allowedHosts = setOf("example.com", "www.example.com", "docs.example.com")

get("/notes/preview") {
    val raw = call.request.queryParameters["url"] ?: return@get call.respond(HttpStatusCode.BadRequest)
    val url = URL(raw)
    if (url.protocol != "https" || url.host !in allowedHosts) return@get call.respond(HttpStatusCode.Forbidden)
    val html = url.openConnection().getInputStream().bufferedReader().readText() // ok: CWE-918
    val title = Regex("<title>(.*?)</title>").find(html)?.groupValues?.get(1) ?: ""
    call.respond(mapOf("title" to title))
}
