        Runtime rt = Runtime.getRuntime();
        Process pr = rt.exec(String.format("nslookup %s %s", domain, dnsServer));   // expect: CWE-78
