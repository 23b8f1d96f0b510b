@RestController
@RequestMapping("/api/reports")
public class ReportController {
    private final JdbcTemplate jdbc;

    public ReportController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/sales")
    public List<Map<String, Object>> sales(@RequestParam String region, @RequestParam String year) {
        return jdbc.queryForList("SELECT month, SUM(total) AS total FROM sales WHERE region = '" + region   // expect: CWE-89
                + "' AND year = " + year + " GROUP BY month ORDER BY month");
    }

    @GetMapping("/regions")
    public List<String> regions() {
        return jdbc.queryForList("SELECT DISTINCT region FROM sales ORDER BY region", String.class);   // ok: CWE-89
    }
}
