app.MapPost("/login", (LoginRequest req, ILogger<Program> logger) =>
{
    if (!check_login(req.UserName, req.Password))
    {
        var user = req.UserName.Replace("\r", "").Replace("\n", "");
        logger.LogWarning("Login failed for user {User}", user);   // ok: CWE-117
        return Results.Unauthorized();
    }
    return Results.Ok();
});
