@Service
class StaffService(private val jdbcTemplate: JdbcTemplate) {
    fun byBadge(badge: String): Staff? =
        jdbcTemplate.query("SELECT * FROM staff WHERE badge = '" + badge + "'", staffMapper) // expect: CWE-89
            .firstOrNull()
}
