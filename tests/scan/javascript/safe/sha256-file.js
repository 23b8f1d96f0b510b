const digest = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'); // ok: CWE-328
