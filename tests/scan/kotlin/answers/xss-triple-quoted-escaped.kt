fun Route.commentPage() {
    get("/customers/comment") {
        val comment = call.request.queryParameters["comment"] ?: ""
        val safe = comment.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        val html = """
            <!DOCTYPE html>
            <html>
              <body>
                <p>$safe</p> <!-- ok: CWE-79 -->
              </body>
            </html>
        """.trimIndent()
        call.respondText(html, ContentType.Text.Html)
    }
}
