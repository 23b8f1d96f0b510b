package users

import (
	"crypto/sha256"
	"encoding/hex"
	mrand "math/rand"
)

func hashPassword(password string) (hash, salt string) {
	s := make([]byte, 16)
	for i := range s {
		s[i] = byte(mrand.Intn(256)) // expect: CWE-338
	}
	sum := sha256.Sum256(append(s, password...)) // expect: CWE-916
	return hex.EncodeToString(sum[:]), hex.EncodeToString(s)
}
