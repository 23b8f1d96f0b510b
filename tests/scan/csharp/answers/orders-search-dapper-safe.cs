[ApiController]
[Route("orders")]
public class OrdersController : ControllerBase
{
    private readonly IDbConnection _db;

    public OrdersController(IDbConnection db) => _db = db;

    [HttpGet("search")]
    public async Task<IActionResult> Search([FromQuery] string reference)
    {
        var order = await _db.QuerySingleOrDefaultAsync<Order>(
            "SELECT * FROM orders WHERE reference = @reference", new { reference });   // ok: CWE-89
        return order is null ? NotFound() : Ok(order);
    }
}
