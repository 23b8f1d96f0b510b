const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-'));
fs.writeFileSync(path.join(dir, 'export.json'), JSON.stringify(rows)); // ok: CWE-377
