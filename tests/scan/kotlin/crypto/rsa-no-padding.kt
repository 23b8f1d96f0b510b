val rsa = Cipher.getInstance("RSA/ECB/NoPadding") // expect: CWE-327
