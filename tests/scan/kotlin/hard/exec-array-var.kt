fun listDir(dir: String): String {
    val cmd = arrayOf("ls", "-la", dir)
    val p = Runtime.getRuntime().exec(cmd) // ok: CWE-78
    return p.inputStream.bufferedReader().readText()
}
