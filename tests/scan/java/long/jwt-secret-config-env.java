package com.api.security;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import javax.crypto.SecretKey;

public class JwtService {
    private static final String JWT_SECRET = System.getenv("JWT_SECRET");   // ok: CWE-798
    private final SecretKey key = Keys.hmacShaKeyFor(JWT_SECRET.getBytes(StandardCharsets.UTF_8));

    public String issue(String subject) {
        Date now = new Date();
        return Jwts.builder()
                .setSubject(subject)
                .setIssuedAt(now)
                .setExpiration(new Date(now.getTime() + 3_600_000))
                .signWith(key)
                .compact();
    }

    public String subjectOf(String jwt) {
        return Jwts.parserBuilder().setSigningKey(key).build()
                .parseClaimsJws(jwt).getBody().getSubject();
    }
}
