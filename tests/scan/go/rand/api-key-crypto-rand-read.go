package keys

import (
	"crypto/rand"
	"encoding/hex"
)

func GenerateAPIKey() (string, error) {
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil { // ok: CWE-338
		return "", err
	}
	return hex.EncodeToString(buf), nil
}
