package account

import (
	"crypto/rand"
	"fmt"
	"math/big"
)

func (s *Service) StartPasswordReset(email string) error {
	n, err := rand.Int(rand.Reader, big.NewInt(100000000)) // ok: CWE-338
	if err != nil {
		return err
	}
	code := fmt.Sprintf("%08d", n)
	if err := s.store.SaveResetCode(email, code); err != nil {
		return err
	}
	return s.mailer.Send(email, "Your reset code", "Code: "+code)
}
