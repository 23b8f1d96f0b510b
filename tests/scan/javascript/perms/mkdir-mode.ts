await fs.promises.mkdir(cacheDir, { recursive: true, mode: 0o777 }); // expect: CWE-732
