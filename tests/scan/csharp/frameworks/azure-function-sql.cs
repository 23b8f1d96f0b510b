using System.Data.SqlClient;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Extensions.Http;

public static class GetInventory
{
    [FunctionName("GetInventory")]
    public static async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = null)] HttpRequest req)
    {
        string sku = req.Query["sku"];
        using var conn = new SqlConnection(Environment.GetEnvironmentVariable("SqlConnection"));
        await conn.OpenAsync();
        var cmd = new SqlCommand($"SELECT Qty FROM Inventory WHERE Sku = '{sku}'", conn);   // expect: CWE-89
        var qty = await cmd.ExecuteScalarAsync();
        return new OkObjectResult(new { sku, qty });
    }
}
