package com.example.pdf

import io.ktor.http.content.PartData
import io.ktor.http.content.forEachPart
import io.ktor.http.content.streamProvider
import io.ktor.server.application.call
import io.ktor.server.request.receiveMultipart
import io.ktor.server.response.respondText
import io.ktor.server.routing.Route
import io.ktor.server.routing.post
import java.io.File

fun Route.pdfText() {
    post("/tickets/pdf-text") {
        var text = ""
        call.receiveMultipart().forEachPart { part ->
            if (part is PartData.FileItem) {
                val target = File("/tmp", part.originalFileName ?: "upload.pdf") // expect: CWE-377 CWE-22
                part.streamProvider().use { input -> target.outputStream().use { input.copyTo(it) } }
                val proc = ProcessBuilder("pdftotext", target.absolutePath, "-").start()
                text = proc.inputStream.bufferedReader().readText()
                proc.waitFor()
                target.delete()
            }
            part.dispose()
        }
        call.respondText(text)
    }
}
