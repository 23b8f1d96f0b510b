        ProcessBuilder pb = new ProcessBuilder("tar", "czf", archive, "--", dir);   // ok: CWE-78
        pb.redirectErrorStream(true);
        Process proc = pb.start();
