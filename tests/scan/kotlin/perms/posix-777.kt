fun createReportDir(table: String): Path {
    val dir = Paths.get("/srv/shared/$table-reports")
    Files.createDirectories(dir)
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx")) // expect: CWE-732
    return dir
}
