        KeyGenerator kg = KeyGenerator.getInstance("DES");   // expect: CWE-327
        SecretKey key = kg.generateKey();
