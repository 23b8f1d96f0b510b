        string root = Path.GetFullPath(destination) + Path.DirectorySeparatorChar;
        foreach (ZipArchiveEntry entry in archive.Entries)
        {
            string full = Path.GetFullPath(Path.Combine(destination, entry.FullName));   // ok: CWE-22
            if (!full.StartsWith(root, StringComparison.Ordinal)) throw new IOException("bad entry");
            entry.ExtractToFile(full, overwrite: true);
        }
