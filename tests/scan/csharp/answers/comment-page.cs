app.MapGet("/comment", (string text) =>
    Results.Content($"<html><body><p>{text}</p></body></html>", "text/html"));   // expect: CWE-79
