get("/files") {
    val name = call.request.queryParameters["name"] ?: return@get call.respond(HttpStatusCode.BadRequest)
    val base = File("/srv/attachments").canonicalFile
    val file = File(base, name).canonicalFile // ok: CWE-22
    if (!file.toPath().startsWith(base.toPath())) return@get call.respond(HttpStatusCode.Forbidden)
    if (!file.exists()) return@get call.respond(HttpStatusCode.NotFound)
    call.respondFile(file)
}
