        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));   // ok: CWE-732
