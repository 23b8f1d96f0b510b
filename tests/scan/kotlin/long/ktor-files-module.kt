package com.example.files

import io.ktor.http.HttpStatusCode
import io.ktor.server.application.call
import io.ktor.server.response.respond
import io.ktor.server.response.respondFile
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import java.io.File

private val ROOT = File("/srv/attachments").canonicalFile

fun Route.fileRoutes() {
    get("/files/{name}") {
        val requested = File(ROOT, call.parameters["name"].orEmpty()).canonicalFile // ok: CWE-22
        if (!requested.path.startsWith(ROOT.path + File.separator) || !requested.isFile) {
            return@get call.respond(HttpStatusCode.NotFound)
        }
        call.respondFile(requested)
    }
    get("/thumbs/{name}") {
        val name = call.parameters["name"].orEmpty()
        val thumb = File("/var/cache/thumbs/$name.png") // ok: CWE-22
        if (!thumb.canonicalPath.startsWith("/var/cache/thumbs/")) return@get call.respond(HttpStatusCode.NotFound)
        call.respondFile(thumb)
    }
}
