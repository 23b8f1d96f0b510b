fs.writeFileSync('/tmp/export.json', JSON.stringify(rows)); // expect: CWE-377
