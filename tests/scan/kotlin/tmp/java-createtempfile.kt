fun spoolInvoice(pdf: ByteArray): File {
    val f = File.createTempFile("invoice", ".pdf") // expect: CWE-377
    f.writeBytes(pdf)
    return f
}
