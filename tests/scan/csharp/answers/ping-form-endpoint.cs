app.MapPost("/admin/ping", async (HttpRequest request) =>
{
    var form = await request.ReadFormAsync();
    string host = form["host"]!;
    var psi = new ProcessStartInfo("/bin/sh", $"-c \"ping -c 3 {host}\"")   // expect: CWE-78
    {
        RedirectStandardOutput = true,
        UseShellExecute = false
    };
    using var process = Process.Start(psi)!;
    string output = await process.StandardOutput.ReadToEndAsync();
    await process.WaitForExitAsync();
    return Results.Text(output);
});
