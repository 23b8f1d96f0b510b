private val root: Path = Paths.get("/srv/reports").toAbsolutePath().normalize()

fun readReport(day: String): String {
    val p = root.resolve("$day.csv").normalize() // ok: CWE-22
    require(p.startsWith(root)) { "outside reports" }
    return p.toFile().readText()
}
