get("/notes/preview") {
    val url = call.request.queryParameters["url"] ?: return@get call.respond(HttpStatusCode.BadRequest)
    val html = URL(url).openConnection().getInputStream().bufferedReader().readText() // expect: CWE-918
    val title = Regex("<title>(.*?)</title>").find(html)?.groupValues?.get(1) ?: ""
    call.respond(mapOf("title" to title))
}
