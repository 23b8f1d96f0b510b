package secret

import (
	crand "crypto/rand"
	"encoding/base64"
)

func NewSecret() string {
	b := make([]byte, 24)
	if _, err := crand.Read(b); err != nil { // ok: CWE-338
		panic(err)
	}
	return base64.StdEncoding.EncodeToString(b)
}
