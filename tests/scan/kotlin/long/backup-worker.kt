package com.example.jobs

import org.slf4j.LoggerFactory
import java.io.File
import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions
import java.time.LocalDate

class BackupWorker(private val dbName: String, private val bucket: String) {
    private val log = LoggerFactory.getLogger(BackupWorker::class.java)

    fun run() {
        val dir = Files.createTempDirectory("backup", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))) // ok: CWE-732
        val dump = dir.resolve("$dbName-${LocalDate.now()}.dump").toFile()
        val pg = ProcessBuilder("pg_dump", "-Fc", "-f", dump.absolutePath, dbName) // ok: CWE-78
            .redirectErrorStream(true).start()
        check(pg.waitFor() == 0) { "pg_dump failed" }
        val upload = Runtime.getRuntime().exec("aws s3 cp ${dump.absolutePath} s3://$bucket/db/") // expect: CWE-78
        check(upload.waitFor() == 0) { "upload failed" }
        log.info("backup of {} uploaded", dbName)
        dump.delete()
        File(dir.toString()).delete()
    }
}
