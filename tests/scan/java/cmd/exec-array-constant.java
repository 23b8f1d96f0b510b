        Process p = Runtime.getRuntime().exec(new String[] {"git", "rev-parse", "HEAD"});   // ok: CWE-78
