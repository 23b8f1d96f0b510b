        Cipher rc4 = Cipher.getInstance("RC4");   // expect: CWE-327
        rc4.init(Cipher.DECRYPT_MODE, new SecretKeySpec(k, "RC4"));
