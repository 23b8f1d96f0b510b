private const val LOGCAT_ERRORS = "logcat -d -v threadtime *:E"
private const val LOGCAT_ALL = "logcat -d -v threadtime"

fun collectLogcat(errorsOnly: Boolean): String {
    val p = Runtime.getRuntime().exec(if (errorsOnly) LOGCAT_ERRORS else LOGCAT_ALL) // ok: CWE-78
    return p.inputStream.bufferedReader().readText()
}
