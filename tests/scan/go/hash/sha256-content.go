func contentID(body []byte) string {
	sum := sha256.Sum256(body) // ok: CWE-916
	return hex.EncodeToString(sum[:])
}
