import express from 'express';
import fs from 'fs/promises';
import path from 'path';

const app = express();
const REPORTS = path.resolve('/var/reports');

app.get('/reports/:year/:file', async (req, res) => {
  const { year, file } = req.params;
  const target = path.resolve(REPORTS, year, file);
  if (!target.startsWith(REPORTS + path.sep)) {
    return res.status(400).end();
  }
  try {
    const stat = await fs.stat(target);
    if (!stat.isFile()) return res.status(404).end();
    res.setHeader('Content-Type', 'application/pdf');
    res.send(await fs.readFile(target)); // ok: CWE-22
  } catch {
    res.status(404).end();
  }
});

app.listen(3001, () => console.log('reports on 3001'));
