package invites

import "crypto/rand"

func NewInviteCode() string {
	return rand.Text() // ok: CWE-338
}
