get("/customers/comment") {
    val comment = call.request.queryParameters["comment"] ?: ""
    call.respondText("<html><body><p>Thanks! You wrote: $comment</p></body></html>", ContentType.Text.Html) // expect: CWE-79
}
