private val key = SecretKeySpec("0123456789abcdef".toByteArray(), "AES") // expect: CWE-321
