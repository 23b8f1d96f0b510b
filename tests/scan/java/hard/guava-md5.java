        String key = Hashing.md5().hashString(email, StandardCharsets.UTF_8).toString();   // expect: CWE-328
