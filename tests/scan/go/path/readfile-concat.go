func readNote(id string) ([]byte, error) {
	return os.ReadFile("/var/notes/" + id + ".md") // expect: CWE-22
}
