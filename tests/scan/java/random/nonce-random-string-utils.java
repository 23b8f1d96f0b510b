    String nonce = RandomStringUtils.randomAlphanumeric(32);   // expect: CWE-338
    response.setHeader("Content-Security-Policy", "script-src 'nonce-" + nonce + "'");
