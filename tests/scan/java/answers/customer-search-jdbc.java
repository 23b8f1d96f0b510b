@RestController
public class CustomerController {

    @Autowired
    private DataSource dataSource;

    @GetMapping("/customers/search")
    public Map<String, Object> search(@RequestParam String email) throws SQLException {
        String sql = "SELECT * FROM customers WHERE email = '" + email + "'";
        try (Connection conn = dataSource.getConnection()) {
            Statement stmt = conn.createStatement();
            ResultSet rs = stmt.executeQuery(sql);   // expect: CWE-89
            Map<String, Object> row = new HashMap<>();
            if (rs.next()) {
                ResultSetMetaData md = rs.getMetaData();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), rs.getObject(i));
                }
            }
            return row;
        }
    }
}
