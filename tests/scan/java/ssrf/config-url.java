    // endpoint comes from the tenant's settings page
    String endpoint = tenantSettings.get("callbackUrl");
    HttpURLConnection c = (HttpURLConnection) new URL(endpoint).openConnection();   // expect: CWE-918
    c.setRequestMethod("POST");
