import express from 'express';
import fs from 'fs/promises';
import path from 'path';

const app = express();
const REPORTS = path.resolve('/var/reports');

app.get('/reports/:year/:file', async (req, res) => {
  const { year, file } = req.params;
  const target = path.join(REPORTS, year, file); // expect: CWE-22
  try {
    const stat = await fs.stat(target);
    if (!stat.isFile()) {
      return res.status(404).end();
    }
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Length', String(stat.size));
    res.send(await fs.readFile(target));
  } catch {
    res.status(404).end();
  }
});

app.listen(3001, () => console.log('reports on 3001'));
