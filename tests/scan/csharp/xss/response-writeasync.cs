    app.Run(async context =>
    {
        var q = context.Request.Query["q"];
        await context.Response.WriteAsync($"<div>You searched for {q}</div>");   // expect: CWE-79
    });
