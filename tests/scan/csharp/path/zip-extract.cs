        foreach (ZipArchiveEntry entry in archive.Entries)
        {
            entry.ExtractToFile(Path.Combine(destination, entry.FullName), overwrite: true);   // expect: CWE-22
        }
