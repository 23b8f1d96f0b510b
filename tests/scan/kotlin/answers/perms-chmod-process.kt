fun prepareReportDir(): File {
    val dir = File("/srv/shared/customers-reports").apply { mkdirs() }
    ProcessBuilder("chmod", "-R", "777", dir.path).start().waitFor() // expect: CWE-732
    return dir
}
