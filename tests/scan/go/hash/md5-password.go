package auth

import (
	"crypto/md5"
	"encoding/hex"
)

func HashPassword(password string) string {
	sum := md5.Sum([]byte(password)) // expect: CWE-916
	return hex.EncodeToString(sum[:])
}
