const digest = crypto.createHash('SHA1').update(data).digest('base64'); // expect: CWE-328
