func sign(body []byte, secret string) string {
	h := sha1.New() // expect: CWE-328
	h.Write([]byte(secret))
	h.Write(body)
	return hex.EncodeToString(h.Sum(nil))
}
