package invites

import (
	"context"
	"fmt"
	"math/rand"
	"time"
)

type Service struct {
	store  Store
	mailer Mailer
	rnd    *rand.Rand
}

func New(store Store, mailer Mailer) *Service {
	return &Service{store: store, mailer: mailer, rnd: rand.New(rand.NewSource(time.Now().UnixNano()))}
}

func (s *Service) Invite(ctx context.Context, email string) error {
	inviteToken := fmt.Sprintf("%x%x", s.rnd.Uint64(), s.rnd.Uint64()) // expect: CWE-338
	if err := s.store.SaveInvite(ctx, email, inviteToken, time.Now().Add(48*time.Hour)); err != nil {
		return err
	}
	link := "https://app.example.com/join?token=" + inviteToken
	return s.mailer.Send(ctx, email, "You're invited", link)
}
