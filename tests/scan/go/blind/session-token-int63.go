package session

import (
	"fmt"
	"math/rand"
)

func createSession(userID int64) string {
	token := fmt.Sprintf("%x%x", rand.Int63(), rand.Int63()) // expect: CWE-338
	store[token] = userID
	return token
}
