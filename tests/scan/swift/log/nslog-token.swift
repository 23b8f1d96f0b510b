        NSLog("session token: %@", session.accessToken) // expect: CWE-532
