fun grepLogs(pattern: String): String {
    val p = Runtime.getRuntime().exec(arrayOf("/bin/sh", "-c", "grep '$pattern' /var/log/app.log")) // expect: CWE-78
    return p.inputStream.bufferedReader().readText()
}
