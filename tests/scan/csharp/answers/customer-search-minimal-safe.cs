app.MapGet("/customers/search", async (string email, NpgsqlDataSource db) =>
{
    await using var cmd = db.CreateCommand("SELECT id, name, email FROM customers WHERE email = $1");   // ok: CWE-89
    cmd.Parameters.AddWithValue(email);
    await using var reader = await cmd.ExecuteReaderAsync();
    if (!await reader.ReadAsync()) return Results.NotFound();
    return Results.Ok(new { id = reader.GetInt32(0), name = reader.GetString(1), email = reader.GetString(2) });
});
