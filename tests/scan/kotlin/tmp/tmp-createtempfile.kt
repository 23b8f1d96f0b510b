fun extractText(pdf: ByteArray): String {
    val tmp = Files.createTempFile("upload", ".pdf").toFile() // ok: CWE-377
    try {
        tmp.writeBytes(pdf)
        val p = ProcessBuilder("pdftotext", tmp.path, "-").start()
        return p.inputStream.bufferedReader().readText().also { p.waitFor() }
    } finally {
        tmp.delete()
    }
}
