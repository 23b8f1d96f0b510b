func signToken(userID string, exp int64) string {
	sum := sha1.Sum([]byte(fmt.Sprintf("%s:%d:%s", userID, exp, serverSecret))) // expect: CWE-328
	return hex.EncodeToString(sum[:])
}
