fun spool(context: Context, bytes: ByteArray): File {
    val f = File.createTempFile("spool", ".bin", context.cacheDir) // ok: CWE-377
    f.writeBytes(bytes)
    return f
}
