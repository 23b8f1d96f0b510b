const sig = crypto.createHmac('sha1', secret).update(payload).digest('hex'); // expect: CWE-328
