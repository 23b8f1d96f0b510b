fun buildReport(conn: Connection, region: String, from: String): ResultSet {
    val sb = StringBuilder("SELECT region, SUM(total) FROM sales WHERE 1=1")
    sb.append(" AND region = '").append(region).append("'") // expect: CWE-89
    sb.append(" AND day >= '").append(from).append("' GROUP BY region") // expect: CWE-89
    return conn.createStatement().executeQuery(sb.toString())
}
