        ResponseCookie cookie = ResponseCookie.from("refresh_token", refresh)
                .httpOnly(true)
                .secure(true)   // ok: CWE-614
                .sameSite("Strict")
                .path("/auth")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
