const apiKey = 'ak_' + Math.random().toString(16).substring(2, 18); // expect: CWE-338
