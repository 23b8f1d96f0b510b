app.MapPost("/login", async (HttpContext ctx, string? returnUrl) =>
{
    var form = await ctx.Request.ReadFormAsync();
    if (!check_login(form["user"]!, form["password"]!))
        return Results.Unauthorized();
    await ctx.SignInAsync(CreatePrincipal(form["user"]!));
    return Results.Redirect(returnUrl ?? "/");   // expect: CWE-601
});
