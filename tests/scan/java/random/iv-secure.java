        byte[] iv = new byte[12];
        SecureRandom.getInstanceStrong().nextBytes(iv);   // ok: CWE-338
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
