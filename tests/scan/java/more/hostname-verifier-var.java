        HostnameVerifier allHostsValid = (hostname, session) -> true;   // expect: CWE-295
        HttpsURLConnection.setDefaultHostnameVerifier(allHostsValid);
