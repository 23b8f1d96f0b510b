        byte[] iv = new byte[12];
        new Random().nextBytes(iv);   // expect: CWE-338
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
