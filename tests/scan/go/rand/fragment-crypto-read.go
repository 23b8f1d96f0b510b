// GenerateResetToken returns a token for the password reset e-mail.
func GenerateResetToken() (string, error) {
	b := make([]byte, 24)
	if _, err := rand.Read(b); err != nil { // ok: CWE-338
		return "", err
	}
	return hex.EncodeToString(b), nil
}
