@Controller("/staff")
class StaffController(private val ds: DataSource) {

    @Get("/{badge}")
    fun byBadge(@PathVariable badge: String): HttpResponse<Staff> {
        ds.connection.use { c ->
            val rs = c.createStatement().executeQuery("SELECT name, team FROM staff WHERE badge = '$badge'") // expect: CWE-89
            return if (rs.next()) HttpResponse.ok(Staff(badge, rs.getString(1), rs.getString(2))) else HttpResponse.notFound()
        }
    }
}
