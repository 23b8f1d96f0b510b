get("/hello") {
    val name = call.request.queryParameters["name"] ?: "world"
    val html = "<html><body><h1>Hello, $name!</h1></body></html>" // expect: CWE-79
    call.respondText(html, ContentType.Text.Html)
}
