app.MapPost("/admin/ping", async (HttpRequest request) =>
{
    var form = await request.ReadFormAsync();
    string host = form["host"]!;
    if (Uri.CheckHostName(host) is UriHostNameType.Unknown) return Results.BadRequest("invalid host");
    var psi = new ProcessStartInfo("ping") { RedirectStandardOutput = true, UseShellExecute = false };
    psi.ArgumentList.Add("-c");
    psi.ArgumentList.Add("3");
    psi.ArgumentList.Add(host);   // ok: CWE-78
    using var process = Process.Start(psi)!;
    string output = await process.StandardOutput.ReadToEndAsync();
    await process.WaitForExitAsync();
    return Results.Text(output);
});
