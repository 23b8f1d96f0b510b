        // issue a session id for the websocket handshake
        String sessionId = Long.toHexString(ThreadLocalRandom.current().nextLong());   // expect: CWE-338
        sessions.put(sessionId, principal);
