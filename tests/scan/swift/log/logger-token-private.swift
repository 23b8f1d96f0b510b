        logger.debug("session token: \(session.accessToken, privacy: .private)") // ok: CWE-532
