    public static List<string> ExtractScans(Stream upload, string uploadId)
    {
        var target = Path.GetFullPath(Path.Combine("/srv/tickets", uploadId));
        Directory.CreateDirectory(target);
        var extracted = new List<string>();
        using var archive = new ZipArchive(upload, ZipArchiveMode.Read);
        foreach (var entry in archive.Entries)
        {
            var dest = Path.GetFullPath(Path.Combine(target, entry.FullName));   // ok: CWE-22
            if (!dest.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new InvalidDataException($"Entry {entry.FullName} escapes the target directory");
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
