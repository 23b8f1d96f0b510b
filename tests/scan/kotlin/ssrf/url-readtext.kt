fun webhookPing(callbackUrl: String): Boolean =
    runCatching { URL(callbackUrl).readText() }.isSuccess // expect: CWE-918
