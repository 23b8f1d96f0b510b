[ApiController]
[Route("orders")]
public class OrdersController : ControllerBase
{
    private readonly string _connectionString;

    public OrdersController(IConfiguration config) => _connectionString = config.GetConnectionString("Default")!;

    [HttpGet("search")]
    public async Task<IActionResult> Search([FromQuery] string reference)
    {
        await using var conn = new SqlConnection(_connectionString);
        await conn.OpenAsync();
        var sql = "SELECT * FROM orders WHERE reference = '" + reference + "'";
        await using var cmd = new SqlCommand(sql, conn);   // expect: CWE-89
        await using var reader = await cmd.ExecuteReaderAsync();
        if (!await reader.ReadAsync()) return NotFound();
        var row = new Dictionary<string, object>();
        for (int i = 0; i < reader.FieldCount; i++) row[reader.GetName(i)] = reader.GetValue(i);
        return Ok(row);
    }
}
