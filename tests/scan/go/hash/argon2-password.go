package auth

import "golang.org/x/crypto/argon2"

func hashPw(salt []byte, pw string) []byte {
	return argon2.IDKey([]byte(pw), salt, 1, 64*1024, 4, 32) // ok: CWE-916
}
