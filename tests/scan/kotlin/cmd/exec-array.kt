fun gitLog(repoDir: String, n: Int): String {
    val p = Runtime.getRuntime().exec(arrayOf("git", "-C", repoDir, "log", "-n", n.toString())) // ok: CWE-78
    return p.inputStream.bufferedReader().readText()
}
