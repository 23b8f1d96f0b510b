const req = https.request({ hostname: 'internal', port: 8443, path: '/x', method: 'POST', rejectUnauthorized: false }); // expect: CWE-295
