get("/download/{name}") {
    call.respondFile(File("/srv/attachments", call.parameters["name"]!!)) // expect: CWE-22
}
