        File cfg = new File(System.getProperty("user.home"), ".appconfig");   // ok: CWE-22
