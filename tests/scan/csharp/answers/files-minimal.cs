app.MapGet("/files", (string name) =>
{
    var path = Path.Combine("/srv/attachments", name);   // expect: CWE-22
    return File.Exists(path) ? Results.File(path, "application/octet-stream") : Results.NotFound();
});
