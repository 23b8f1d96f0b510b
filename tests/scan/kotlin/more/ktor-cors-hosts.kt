install(CORS) {
    allowHost("app.example.com", schemes = listOf("https")) // ok: CWE-942
    allowCredentials = true
    allowHeader(HttpHeaders.Authorization)
}
