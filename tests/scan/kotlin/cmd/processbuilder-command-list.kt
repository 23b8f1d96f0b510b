fun lint(path: String): Int {
    val cmd = mutableListOf("ktlint")
    cmd += path
    return ProcessBuilder(cmd).inheritIO().start().waitFor()
}
