package sessions

import (
	"encoding/base64"
	"math/rand"
)

func newSessionKey() string {
	b := make([]byte, 32)
	rand.Read(b) // expect: CWE-338
	return base64.URLEncoding.EncodeToString(b)
}
