app.MapPost("/login", (LoginRequest req, ILogger<Program> logger) =>
{
    if (!check_login(req.UserName, req.Password))
    {
        logger.LogWarning($"Login failed for user {req.UserName}");   // expect: CWE-117
        return Results.Unauthorized();
    }
    return Results.Ok();
});
