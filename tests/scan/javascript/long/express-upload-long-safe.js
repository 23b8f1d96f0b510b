const express = require('express');
const multer = require('multer');
const path = require('path');
const fs = require('fs');

const app = express();
const upload = multer({ dest: '/var/app/incoming' });
const STORE = path.resolve('/var/app/files');
const FOLDERS = new Set(['misc', 'invoices', 'photos']);

app.post('/files', upload.single('file'), (req, res) => {
  const folder = FOLDERS.has(req.body.folder) ? req.body.folder : 'misc';
  const dest = path.join(STORE, folder, path.basename(req.file.originalname));
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.renameSync(req.file.path, dest);
  res.status(201).json({ stored: dest });
});

app.get('/files/:folder/:name', (req, res) => {
  const file = path.resolve(STORE, req.params.folder, req.params.name);
  if (!file.startsWith(STORE + path.sep) || !fs.existsSync(file)) return res.sendStatus(404);
  res.download(file); // ok: CWE-22
});

app.listen(8000);
