// GenerateResetToken returns a token for the password reset e-mail.
func GenerateResetToken() string {
	const chars = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 24)
	for i := range b {
		b[i] = chars[rand.Intn(len(chars))] // expect: CWE-338
	}
	return string(b)
}
