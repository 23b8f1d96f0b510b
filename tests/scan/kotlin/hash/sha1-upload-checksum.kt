package com.example.uploads

import java.nio.file.Files
import java.nio.file.Path
import java.security.MessageDigest

class InvoiceStore(private val dir: Path, private val meta: MetaRepository) {

    fun store(name: String, bytes: ByteArray): Path {
        val target = dir.resolve(java.util.UUID.randomUUID().toString() + ".pdf")
        Files.write(target, bytes)
        meta.put(target.fileName.toString(), name, checksumOf(bytes))
        return target
    }

    fun isUnchanged(file: Path): Boolean {
        val expected = meta.checksum(file.fileName.toString()) ?: return false
        return checksumOf(Files.readAllBytes(file)) == expected
    }

    private fun checksumOf(bytes: ByteArray): String =
        MessageDigest.getInstance("SHA1").digest(bytes) // expect: CWE-328
            .joinToString("") { "%02x".format(it) }
}
