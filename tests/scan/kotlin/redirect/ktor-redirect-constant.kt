post("/logout") {
    call.sessions.clear<PortalSession>()
    call.respondRedirect("/login") // ok: CWE-601
}
