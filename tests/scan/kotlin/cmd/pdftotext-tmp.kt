fun extractText(upload: ByteArray): String {
    val tmp = kotlin.io.path.createTempFile("upload", ".pdf").toFile()
    tmp.writeBytes(upload)
    val p = ProcessBuilder("pdftotext", tmp.absolutePath, "-").start() // ok: CWE-78
    val text = p.inputStream.bufferedReader().readText()
    p.waitFor()
    tmp.delete()
    return text
}
