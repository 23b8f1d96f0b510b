fun loadConfig(): Properties = Properties().apply {
    File("/etc/myapp", "app.properties").inputStream().use { load(it) } // ok: CWE-22
}
