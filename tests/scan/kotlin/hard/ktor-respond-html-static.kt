get("/hello") {
    val count = visitors.incrementAndGet()
    val html = "<html><body><h1>Hello, visitor number $count!</h1></body></html>" // ok: CWE-79
    call.respondText(html, ContentType.Text.Html)
}
