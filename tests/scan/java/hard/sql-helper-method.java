public class AuditDao {
    private final Connection conn;

    public AuditDao(Connection conn) { this.conn = conn; }

    private String queryFor(String user) {
        return "SELECT * FROM audit WHERE actor = '" + user + "' ORDER BY at DESC";
    }

    public ResultSet history(String user) throws SQLException {
        return conn.createStatement().executeQuery(queryFor(user));   // expect: CWE-89
    }
}
