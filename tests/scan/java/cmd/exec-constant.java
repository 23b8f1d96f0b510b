        Process p = Runtime.getRuntime().exec("uptime");   // ok: CWE-78
