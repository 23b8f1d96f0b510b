package otp

import (
	"crypto/rand"
	"fmt"
	"math/big"
)

func NewOTP() (string, error) {
	n, err := rand.Int(rand.Reader, big.NewInt(1000000)) // ok: CWE-338
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%06d", n.Int64()), nil
}
