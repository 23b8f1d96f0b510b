@RestController
@RequestMapping("/api/reports")
public class ReportController {
    private final JdbcTemplate jdbc;

    public ReportController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/sales")
    public List<Map<String, Object>> sales(@RequestParam String region, @RequestParam int year) {
        return jdbc.queryForList("SELECT month, SUM(total) AS total FROM sales WHERE region = ? AND year = ? GROUP BY month ORDER BY month",   // ok: CWE-89
                region, year);
    }
}
