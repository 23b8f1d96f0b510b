install(CORS) {
    anyHost() // expect: CWE-942
    allowCredentials = true
    allowHeader(HttpHeaders.Authorization)
}
