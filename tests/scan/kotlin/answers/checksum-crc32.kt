fun invoiceChecksum(file: File): String {
    val crc = CRC32() // expect: CWE-328
    file.inputStream().use { input ->
        val buf = ByteArray(64 * 1024)
        while (true) {
            val n = input.read(buf)
            if (n < 0) break
            crc.update(buf, 0, n)
        }
    }
    return java.lang.Long.toHexString(crc.value)
}
