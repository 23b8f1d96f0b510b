package com.example.scans

import java.io.File
import java.io.IOException
import java.io.InputStream
import java.util.zip.ZipInputStream

class ScanArchiveExtractor(private val root: File) {

    fun unpack(uploadId: String, zip: InputStream): List<File> {
        val dest = File(root, uploadId).apply { mkdirs() }.canonicalFile
        val written = mutableListOf<File>()
        ZipInputStream(zip).use { zin ->
            var entry = zin.nextEntry
            while (entry != null) {
                val out = File(dest, entry.name).canonicalFile // ok: CWE-22
                if (!out.toPath().startsWith(dest.toPath())) throw IOException("zip entry outside target: ${entry.name}")
                if (entry.isDirectory) {
                    out.mkdirs()
                } else {
                    out.parentFile.mkdirs()
                    out.outputStream().use { zin.copyTo(it) }
                    written += out
                }
                entry = zin.nextEntry
            }
        }
        return written
    }
}
