app.MapGet("/files", (string name) =>
{
    var root = Path.GetFullPath("/srv/attachments");
    var path = Path.GetFullPath(Path.Combine(root, name));   // ok: CWE-22
    if (!path.StartsWith(root + Path.DirectorySeparatorChar)) return Results.BadRequest();
    return File.Exists(path) ? Results.File(path, "application/octet-stream") : Results.NotFound();
});
