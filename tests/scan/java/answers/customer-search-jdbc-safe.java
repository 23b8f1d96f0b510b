@RestController
public class CustomerController {

    @Autowired
    private DataSource dataSource;

    @GetMapping("/customers/search")
    public Map<String, Object> search(@RequestParam String email) throws SQLException {
        String sql = "SELECT * FROM customers WHERE email = ?";
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement(sql)) {   // ok: CWE-89
            ps.setString(1, email);
            try (ResultSet rs = ps.executeQuery()) {
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
}
