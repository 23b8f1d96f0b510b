get("/invoices") {
    val name = call.request.queryParameters["name"]!!
    call.respondFile(File("/srv/invoices"), name) // expect: CWE-22
}
