public class Db {
    public static Connection open() throws SQLException {
        String url = "jdbc:postgresql://db.prod.internal:5432/customers";
        return DriverManager.getConnection(url, "app", System.getenv("DB_PASSWORD"));   // ok: CWE-798
    }
}
