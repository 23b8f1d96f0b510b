	/* sign the webhook payload */
	HMAC(EVP_sha1(), secret, (int)secret_len, body, body_len, mac, &maclen);   /* expect: CWE-328 */
