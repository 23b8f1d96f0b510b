package auth

import (
	"crypto/rand"
	"math/big"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// NewSessionToken returns a random session identifier.
func NewSessionToken(n int) (string, error) {
	b := make([]byte, n)
	max := big.NewInt(int64(len(letters)))
	for i := range b {
		k, err := rand.Int(rand.Reader, max) // ok: CWE-338
		if err != nil {
			return "", err
		}
		b[i] = letters[k.Int64()]
	}
	return string(b), nil
}
