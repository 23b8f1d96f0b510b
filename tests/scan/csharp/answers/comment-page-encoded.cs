app.MapGet("/comment", (string text) =>
    Results.Content($"<html><body><p>{HtmlEncoder.Default.Encode(text)}</p></body></html>", "text/html"));   // ok: CWE-79
