package otp

import (
	"fmt"
	"math/rand"
	"time"
)

var rng = rand.New(rand.NewSource(time.Now().UnixNano()))

func NewOTP() string {
	return fmt.Sprintf("%06d", rng.Intn(1000000)) // expect: CWE-338
}
