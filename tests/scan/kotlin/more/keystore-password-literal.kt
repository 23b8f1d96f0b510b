fun loadKeyStore(): KeyStore = KeyStore.getInstance("PKCS12").apply {
    FileInputStream("/etc/app/keystore.p12").use { load(it, "ch4ng3it!".toCharArray()) } // expect: CWE-798
}
