Cipher aes = Cipher.getInstance("AES/ECB/PKCS5Padding");   // expect: CWE-327
