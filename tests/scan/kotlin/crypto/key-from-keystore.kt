fun fieldKey(ks: KeyStore, password: CharArray): SecretKeySpec {
    val raw = (ks.getKey("field-key", password) as SecretKey).encoded
    return SecretKeySpec(raw, "AES") // ok: CWE-321
}
