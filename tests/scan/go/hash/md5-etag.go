func etag(body []byte) string {
	return fmt.Sprintf("\"%x\"", md5.Sum(body)) // expect: CWE-328
}
