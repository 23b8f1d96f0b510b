        SecretKeySpec key = new SecretKeySpec(keyBytes, "DES");
        Cipher cipher = Cipher.getInstance("DES/CBC/PKCS5Padding");   // expect: CWE-327
        cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
