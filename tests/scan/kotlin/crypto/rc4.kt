val rc4 = Cipher.getInstance("RC4") // expect: CWE-327
