res.cookie('sid', sessionId, { httpOnly: true, secure: true, sameSite: 'strict' }); // ok: CWE-798
