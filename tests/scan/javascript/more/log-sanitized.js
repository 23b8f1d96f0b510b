logger.warn('bad login for %s', String(req.body.user).replace(/[\r\n]/g, '')); // ok: CWE-117
