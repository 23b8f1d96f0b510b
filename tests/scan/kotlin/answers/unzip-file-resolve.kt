fun unpack(uploadId: String, archive: InputStream): List<File> {
    val target = File("/srv/customers", uploadId).apply { mkdirs() }
    val out = mutableListOf<File>()
    ZipInputStream(archive).use { zip ->
        generateSequence { zip.nextEntry }.forEach { entry ->
            val file = target.resolve(entry.name) // expect: CWE-22
            if (entry.isDirectory) file.mkdirs() else {
                file.parentFile.mkdirs()
                file.outputStream().use { zip.copyTo(it) }
                out += file
            }
        }
    }
    return out
}
