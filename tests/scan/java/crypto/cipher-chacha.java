        Cipher c = Cipher.getInstance("ChaCha20-Poly1305");   // ok: CWE-327
