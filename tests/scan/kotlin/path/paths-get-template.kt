fun readReport(day: String): String =
    Paths.get("/srv/reports/$day.csv").toFile().readText() // expect: CWE-22
