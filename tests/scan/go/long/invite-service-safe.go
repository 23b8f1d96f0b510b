package invites

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"time"
)

type Service struct {
	store  Store
	mailer Mailer
}

func New(store Store, mailer Mailer) *Service {
	return &Service{store: store, mailer: mailer}
}

func (s *Service) Invite(ctx context.Context, email string) error {
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil { // ok: CWE-338
		return err
	}
	inviteToken := base64.RawURLEncoding.EncodeToString(buf)
	if err := s.store.SaveInvite(ctx, email, inviteToken, time.Now().Add(48*time.Hour)); err != nil {
		return err
	}
	link := "https://app.example.com/join?token=" + inviteToken
	return s.mailer.Send(ctx, email, "You're invited", link)
}
