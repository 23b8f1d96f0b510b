fun startup() {
    log.info("service started on port {}", port) // ok: CWE-117
}
