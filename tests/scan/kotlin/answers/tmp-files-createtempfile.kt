fun pdfText(upload: ByteArray): String {
    val tmp = Files.createTempFile("invoice-", ".pdf") // ok: CWE-377
    try {
        Files.write(tmp, upload)
        val p = ProcessBuilder("pdftotext", tmp.toString(), "-").start()
        return p.inputStream.bufferedReader().readText().also { p.waitFor() }
    } finally {
        Files.deleteIfExists(tmp)
    }
}
