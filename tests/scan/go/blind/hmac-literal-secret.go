func sign(payload []byte) string {
	b := []byte("s3cr3t-signing-material")
	mac := hmac.New(sha256.New, b) // expect: CWE-321
	mac.Write(payload)
	return hex.EncodeToString(mac.Sum(nil))
}
