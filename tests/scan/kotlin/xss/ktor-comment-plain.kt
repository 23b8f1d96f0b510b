get("/customers/comment") {
    val comment = call.request.queryParameters["comment"] ?: ""
    call.respondText("Thanks! You wrote: $comment", ContentType.Text.Plain) // ok: CWE-79
}
