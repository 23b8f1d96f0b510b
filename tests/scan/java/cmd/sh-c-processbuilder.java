        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", "tar czf " + archive + " " + dir);   // expect: CWE-78
        pb.redirectErrorStream(true);
        Process proc = pb.start();
