app.MapGet("/greet", (string name) =>
    Results.Content("<p>Welcome back, " + name + "!</p>", "text/html"));   // expect: CWE-79
