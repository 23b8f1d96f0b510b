fs.chmodSync(uploadDir, 0o755); // ok: CWE-732
