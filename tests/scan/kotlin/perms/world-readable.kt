fun writeReport(dir: File, name: String, body: String) {
    val f = File(dir, name)
    f.writeText(body)
    f.setReadable(true, false) // expect: CWE-732
}
