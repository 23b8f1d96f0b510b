const cfg = JSON.parse(fs.readFileSync(path.join(__dirname, 'config.json'), 'utf8')); // ok: CWE-22
