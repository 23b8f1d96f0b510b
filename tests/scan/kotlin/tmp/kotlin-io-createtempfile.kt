fun spoolInvoice(pdf: ByteArray): File {
    @Suppress("DEPRECATION")
    val f = createTempFile("invoice", ".pdf") // expect: CWE-377
    f.writeBytes(pdf)
    return f
}
