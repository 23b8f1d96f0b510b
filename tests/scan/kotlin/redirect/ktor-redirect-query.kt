get("/out") {
    call.respondRedirect(call.request.queryParameters["to"]!!) // expect: CWE-601
}
