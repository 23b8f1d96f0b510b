package auth

import (
	"crypto/sha1"
	"encoding/hex"
)

func hashPw(salt, pw string) string {
	h := sha1.New()                 // expect: CWE-328
	h.Write([]byte(salt + pw))      // expect: CWE-916
	return hex.EncodeToString(h.Sum(nil))
}
