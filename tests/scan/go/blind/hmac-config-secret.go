func (s *Signer) sign(payload []byte) string {
	b := []byte(s.cfg.SigningSecret)
	mac := hmac.New(sha256.New, b) // ok: CWE-321
	mac.Write(payload)
	return hex.EncodeToString(mac.Sum(nil))
}
