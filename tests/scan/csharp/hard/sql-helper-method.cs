public class AuditRepository
{
    private readonly SqlConnection _conn;

    public AuditRepository(SqlConnection conn) => _conn = conn;

    private static string QueryFor(string user) =>
        "SELECT * FROM Audit WHERE Actor = '" + user + "' ORDER BY At DESC";

    public SqlDataReader History(string user)
    {
        var cmd = new SqlCommand(QueryFor(user), _conn);   // expect: CWE-89
        return cmd.ExecuteReader();
    }
}
