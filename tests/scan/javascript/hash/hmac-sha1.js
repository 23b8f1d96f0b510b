const sig = crypto.createHmac('sha1', secret).update(payload).digest('hex'); // ok: CWE-328
