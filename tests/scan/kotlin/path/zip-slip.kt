package com.example.scans

import java.io.File
import java.io.InputStream
import java.util.zip.ZipInputStream

class ScanArchiveExtractor(private val root: File) {

    fun unpack(uploadId: String, zip: InputStream): List<File> {
        val dest = File(root, uploadId).apply { mkdirs() }
        val written = mutableListOf<File>()
        ZipInputStream(zip).use { zin ->
            var entry = zin.nextEntry
            while (entry != null) {
                val out = File(dest, entry.name) // expect: CWE-22
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
