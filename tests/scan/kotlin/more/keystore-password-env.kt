fun loadKeyStore(): KeyStore = KeyStore.getInstance("PKCS12").apply {
    FileInputStream("/etc/app/keystore.p12").use { load(it, System.getenv("KEYSTORE_PASSWORD").toCharArray()) } // ok: CWE-798
}
