var jwtKey = []byte(os.Getenv("JWT_SIGNING_KEY")) // ok: CWE-798

func sign(claims jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(jwtKey)
}
