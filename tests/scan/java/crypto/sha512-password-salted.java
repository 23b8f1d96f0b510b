        MessageDigest md = MessageDigest.getInstance("SHA-512");
        md.update(salt);
        byte[] hashed = md.digest(password.getBytes(StandardCharsets.UTF_8));   // expect: CWE-916
