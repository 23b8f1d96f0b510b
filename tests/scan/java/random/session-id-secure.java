        // issue a session id for the websocket handshake
        byte[] raw = new byte[24];
        SECURE.nextBytes(raw);
        String sessionId = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);   // ok: CWE-338
        sessions.put(sessionId, principal);
