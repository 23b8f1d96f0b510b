        String key = Hashing.sha256().hashString(email, StandardCharsets.UTF_8).toString();   // ok: CWE-328
