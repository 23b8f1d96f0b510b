fun verifyDownload(file: File, expectedHex: String): Boolean {
    val md = MessageDigest.getInstance("SHA-512") // ok: CWE-328
    file.inputStream().use { DigestInputStream(it, md).readBytes() }
    return md.digest().toHex().equals(expectedHex, ignoreCase = true)
}
