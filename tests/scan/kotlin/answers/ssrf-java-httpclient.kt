get("/customers/notes/preview") {
    val url = call.request.queryParameters["url"]!!
    val request = HttpRequest.newBuilder(URI.create(url)).GET().build() // expect: CWE-918
    val body = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body()
    call.respondText(body.take(200))
}
