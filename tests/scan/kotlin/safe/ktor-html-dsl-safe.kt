get("/customers/comment") {
    val comment = call.request.queryParameters["comment"].orEmpty()
    call.respondHtml {
        body {
            p { +comment } // ok: CWE-79
        }
    }
}
