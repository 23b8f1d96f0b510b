const sig = crypto.createHmac('sha256', secret).update(payload).digest('hex'); // ok: CWE-328
