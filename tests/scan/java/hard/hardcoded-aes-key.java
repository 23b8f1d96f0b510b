    private static final SecretKeySpec KEY = new SecretKeySpec("Sup3rS3cr3tK3y!!".getBytes(StandardCharsets.UTF_8), "AES");   // expect: CWE-798
