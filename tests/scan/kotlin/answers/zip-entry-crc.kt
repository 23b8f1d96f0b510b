fun storeEntry(zos: ZipOutputStream, name: String, data: ByteArray) {
    val entry = ZipEntry(name).apply {
        method = ZipEntry.STORED
        size = data.size.toLong()
        crc = CRC32().apply { update(data) }.value // ok: CWE-328
    }
    zos.putNextEntry(entry)
    zos.write(data)
    zos.closeEntry()
}
