post("/upload") {
    var saved = ""
    call.receiveMultipart().forEachPart { part ->
        if (part is PartData.FileItem) {
            saved = part.originalFileName ?: "upload.bin"
            val file = File("uploads/$saved") // expect: CWE-22
            part.provider().copyAndClose(file.writeChannel())
        }
        part.dispose()
    }
    call.respondText("stored $saved")
}
