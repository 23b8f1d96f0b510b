String checksum = DigestUtils.md5Hex(Files.readAllBytes(upload));   // expect: CWE-328
