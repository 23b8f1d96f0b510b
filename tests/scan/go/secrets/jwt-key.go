var jwtKey = []byte("my_super_secret_signing_key") // expect: CWE-798

func sign(claims jwt.Claims) (string, error) {
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(jwtKey)
}
