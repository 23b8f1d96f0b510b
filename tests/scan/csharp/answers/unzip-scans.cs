    public static List<string> ExtractScans(Stream upload, string uploadId)
    {
        var target = Path.Combine("/srv/tickets", uploadId);
        Directory.CreateDirectory(target);
        var extracted = new List<string>();
        using var archive = new ZipArchive(upload, ZipArchiveMode.Read);
        foreach (var entry in archive.Entries)
        {
            var dest = Path.Combine(target, entry.FullName);   // expect: CWE-22
            if (string.IsNullOrEmpty(entry.Name))
            {
                Directory.CreateDirectory(dest);
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            entry.ExtractToFile(dest, overwrite: true);
            extracted.Add(dest);
        }
        return extracted;
    }
