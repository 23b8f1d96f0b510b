func bytesToString(b []byte) string {
	return string(b) // ok: CWE-242
}
