    public String subject(String token) {
        Jwt<?, ?> jwt = Jwts.parser().setSigningKey(key).parse(token);   // expect: CWE-347
        return ((Claims) jwt.getBody()).getSubject();
    }
