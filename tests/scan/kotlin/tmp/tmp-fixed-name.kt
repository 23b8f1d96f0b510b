fun extractText(pdf: ByteArray): String {
    val tmp = File("/tmp/upload.pdf") // expect: CWE-377
    tmp.writeBytes(pdf)
    val p = ProcessBuilder("pdftotext", tmp.path, "-").start()
    return p.inputStream.bufferedReader().readText().also { p.waitFor() }
}
