        KeyGenerator kg = KeyGenerator.getInstance("AES");   // ok: CWE-327
        kg.init(256);
        SecretKey key = kg.generateKey();
