fun Route.bookSearch() {
    get("/books/search") {
        val isbn = call.request.queryParameters["isbn"] ?: return@get call.respond(HttpStatusCode.BadRequest)
        val row = transaction {
            Books.select { Books.isbn eq isbn }.singleOrNull() // ok: CWE-89
        }
        if (row == null) call.respond(HttpStatusCode.NotFound)
        else call.respond(mapOf("title" to row[Books.title], "author" to row[Books.author]))
    }
}
