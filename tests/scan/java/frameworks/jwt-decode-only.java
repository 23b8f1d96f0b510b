    public Long currentUserId(HttpServletRequest request) {
        String token = request.getHeader("Authorization").substring(7);
        DecodedJWT jwt = JWT.decode(token);   // expect: CWE-347
        return jwt.getClaim("uid").asLong();
    }
