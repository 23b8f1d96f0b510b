get("/files") {
    val name = call.request.queryParameters["name"] ?: return@get call.respond(HttpStatusCode.BadRequest)
    val file = File("/srv/attachments", name) // expect: CWE-22
    if (!file.exists()) return@get call.respond(HttpStatusCode.NotFound)
    call.respondFile(file)
}
