fun prepareReports(): File {
    val dir = File("/srv/shared/orders-reports")
    dir.mkdirs()
    dir.setWritable(true, false) // expect: CWE-732
    dir.setReadable(true, false) // expect: CWE-732
    val report = File(dir, "report-${LocalDate.now()}.csv").apply { createNewFile() }
    report.setWritable(true, false) // expect: CWE-732
    return report
}
