package com.example.reports

import java.io.File
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions
import java.security.MessageDigest
import java.time.LocalDate

class ReportExporter(private val root: File) {

    fun export(table: String, rows: List<List<String>>): File {
        val dir = File(root, "$table-reports")
        dir.mkdirs()
        Files.setPosixFilePermissions(dir.toPath(), PosixFilePermissions.fromString("rwxrwsr-x")) // ok: CWE-732
        val file = File(dir, "report-${LocalDate.now()}.csv")
        file.writeText(rows.joinToString("\n") { it.joinToString(",") })
        Files.setPosixFilePermissions(file.toPath(), PosixFilePermissions.fromString("rw-rw-rw-")) // expect: CWE-732
        File(dir, "report-${LocalDate.now()}.sha1").writeText(sha1(file.readBytes()))
        return file
    }

    private fun sha1(bytes: ByteArray): String =
        MessageDigest.getInstance("SHA-1").digest(bytes).joinToString("") { "%02x".format(it) } // expect: CWE-328
}
