const digest = crypto.createHash(algorithm).update(data).digest('hex'); // ok: CWE-328
