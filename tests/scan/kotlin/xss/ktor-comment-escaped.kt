import org.apache.commons.text.StringEscapeUtils

get("/customers/comment") {
    val comment = call.request.queryParameters["comment"] ?: ""
    val safe = StringEscapeUtils.escapeHtml4(comment)
    call.respondText("<html><body><p>Thanks! You wrote: $safe</p></body></html>", ContentType.Text.Html) // ok: CWE-79
}
