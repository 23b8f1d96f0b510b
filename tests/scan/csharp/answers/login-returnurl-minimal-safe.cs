app.MapPost("/login", async (HttpContext ctx, string? returnUrl) =>
{
    var form = await ctx.Request.ReadFormAsync();
    if (!check_login(form["user"]!, form["password"]!))
        return Results.Unauthorized();
    await ctx.SignInAsync(CreatePrincipal(form["user"]!));
    var target = returnUrl is not null && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//")
        ? returnUrl : "/";
    return Results.LocalRedirect(target);   // ok: CWE-601
});
