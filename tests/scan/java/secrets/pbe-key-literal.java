        char[] password = "hunter2-prod-key".toCharArray();   // expect: CWE-798
        PBEKeySpec spec = new PBEKeySpec(password, salt, 65536, 256);
