    public Long currentUserId(HttpServletRequest request) {
        String token = request.getHeader("Authorization").substring(7);
        DecodedJWT jwt = JWT.require(Algorithm.HMAC256(secret)).build().verify(token);   // ok: CWE-347
        return jwt.getClaim("uid").asLong();
    }
