String checksum = DigestUtils.sha256Hex(Files.readAllBytes(upload));   // ok: CWE-328
