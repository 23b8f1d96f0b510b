func (u *User) SetPassword(pw string) {
	sum := sha256.Sum256([]byte(u.Salt + pw)) // expect: CWE-916
	u.PasswordHash = hex.EncodeToString(sum[:])
}
