fs.chmodSync(socketPath, '777'); // expect: CWE-732
