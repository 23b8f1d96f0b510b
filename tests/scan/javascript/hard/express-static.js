app.use('/static', express.static(path.join(__dirname, 'public'))); // ok: CWE-22
