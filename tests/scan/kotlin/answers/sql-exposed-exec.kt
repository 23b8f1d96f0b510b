fun Route.bookSearch() {
    get("/books/search") {
        val isbn = call.request.queryParameters["isbn"] ?: return@get call.respond(HttpStatusCode.BadRequest)
        val row = transaction {
            exec("SELECT title, author FROM books WHERE isbn = '$isbn'") { rs -> // expect: CWE-89
                if (rs.next()) mapOf("title" to rs.getString("title"), "author" to rs.getString("author")) else null
            }
        }
        if (row == null) call.respond(HttpStatusCode.NotFound) else call.respond(row)
    }
}
