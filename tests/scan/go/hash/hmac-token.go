func signToken(userID string, exp int64) string {
	mac := hmac.New(sha256.New, serverSecret) // ok: CWE-328
	fmt.Fprintf(mac, "%s:%d", userID, exp)
	return hex.EncodeToString(mac.Sum(nil))
}
