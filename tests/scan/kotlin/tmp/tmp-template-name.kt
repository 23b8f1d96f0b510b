fun spool(invoiceId: String, bytes: ByteArray): File {
    val f = File("/tmp/invoice-$invoiceId.pdf") // expect: CWE-377
    f.writeBytes(bytes)
    return f
}
