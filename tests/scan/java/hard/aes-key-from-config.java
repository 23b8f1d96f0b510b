    private final SecretKeySpec key = new SecretKeySpec(Base64.getDecoder().decode(config.getProperty("crypto.key")), "AES");   // ok: CWE-798
