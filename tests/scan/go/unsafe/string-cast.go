func bytesToString(b []byte) string {
	return *(*string)(unsafe.Pointer(&b)) // expect: CWE-242
}
