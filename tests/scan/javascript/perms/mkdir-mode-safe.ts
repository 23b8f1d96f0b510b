await fs.promises.mkdir(cacheDir, { recursive: true, mode: 0o700 }); // ok: CWE-732
