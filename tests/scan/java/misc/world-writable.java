        File out = new File(dir, "shared.db");
        out.setWritable(true, false);   // expect: CWE-732
