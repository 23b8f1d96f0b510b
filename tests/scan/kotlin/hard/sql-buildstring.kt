fun searchSql(name: String, city: String?): String = buildString {
    append("SELECT id, name FROM customers WHERE name = '")
    append(name) // expect: CWE-89
    append("'")
    if (city != null) append(" AND city = '").append(city).append("'") // expect: CWE-89
}
