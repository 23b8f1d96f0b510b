package com.example.reports

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.nio.file.attribute.PosixFilePermission
import java.time.LocalDate

class DailyReportWriter(private val table: String) {

    fun write(lines: List<String>): Path {
        val dir = Paths.get("/srv/shared/$table-reports")
        Files.createDirectories(dir)
        val perms = setOf(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, // ok: CWE-732
        )
        Files.setPosixFilePermissions(dir, perms)
        val file = dir.resolve("report-${LocalDate.now()}.csv")
        Files.write(file, lines)
        return file
    }
}
