fun Route.commentPage() {
    get("/customers/comment") {
        val comment = call.request.queryParameters["comment"] ?: ""
        val html = """
            <!DOCTYPE html>
            <html>
              <body>
                <p>$comment</p> <!-- expect: CWE-79 -->
              </body>
            </html>
        """.trimIndent()
        call.respondText(html, ContentType.Text.Html)
    }
}
