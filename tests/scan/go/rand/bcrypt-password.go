package users

import "golang.org/x/crypto/bcrypt"

func hashPassword(password string) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost) // ok: CWE-916
	return string(h), err
}
