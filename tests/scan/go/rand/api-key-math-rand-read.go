package keys

import (
	"encoding/hex"
	"math/rand"
)

func GenerateAPIKey() string {
	buf := make([]byte, 32)
	rand.Read(buf) // expect: CWE-338
	return hex.EncodeToString(buf)
}
