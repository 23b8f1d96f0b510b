    public async Task<string> ExtractTextAsync(IFormFile pdf)
    {
        var path = "/tmp/upload.pdf";   // expect: CWE-377
        await using (var fs = File.Create(path))
        {
            await pdf.CopyToAsync(fs);
        }
        var psi = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true };
        psi.ArgumentList.Add(path);
        psi.ArgumentList.Add("-");
        using var p = Process.Start(psi)!;
        return await p.StandardOutput.ReadToEndAsync();
    }
