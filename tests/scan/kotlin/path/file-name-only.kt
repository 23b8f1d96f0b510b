fun attachment(name: String): File {
    val clean = File(name).name
    return File("/srv/attachments", clean) // ok: CWE-22
}
