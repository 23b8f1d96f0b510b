@Service
class StaffService(private val jdbcTemplate: JdbcTemplate) {
    fun byBadge(badge: String): Staff? =
        jdbcTemplate.query("SELECT * FROM staff WHERE badge = ?", staffMapper, badge) // ok: CWE-89
            .firstOrNull()
}
