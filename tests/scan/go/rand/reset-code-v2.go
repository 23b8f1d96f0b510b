package account

import (
	"fmt"
	"math/rand/v2"
)

func (s *Service) StartPasswordReset(email string) error {
	code := fmt.Sprintf("%08d", rand.IntN(100000000)) // expect: CWE-338
	if err := s.store.SaveResetCode(email, code); err != nil {
		return err
	}
	return s.mailer.Send(email, "Your reset code", "Code: "+code)
}
