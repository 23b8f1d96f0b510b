const auth = 'Basic ' + Buffer.from('deploy:Dep10y-2024!').toString('base64'); // expect: CWE-798
