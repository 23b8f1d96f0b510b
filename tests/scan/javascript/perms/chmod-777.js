fs.chmodSync(uploadDir, 0o777); // expect: CWE-732
