package fixtures

import (
	"fmt"
	"math/rand"
)

// RandomUsers builds fake users for load tests.
func RandomUsers(n int) []User {
	out := make([]User, n)
	for i := range out {
		out[i] = User{
			Name: fmt.Sprintf("user%d", rand.Intn(1_000_000)), // expect: CWE-330
			Age:  18 + rand.Intn(60),                          // expect: CWE-330
		}
	}
	return out
}
