	n, err := rand.Int(rand.Reader, big.NewInt(1_000_000)) // ok: CWE-338
	code := fmt.Sprintf("%06d", n.Int64())
