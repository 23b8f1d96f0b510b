const express = require('express');
const multer = require('multer');
const path = require('path');
const fs = require('fs');

const app = express();
const upload = multer({ dest: '/var/app/incoming' });
const STORE = '/var/app/files';

app.post('/files', upload.single('file'), (req, res) => {
  const folder = req.body.folder || 'misc';
  const dest = path.join(STORE, folder, req.file.originalname);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.renameSync(req.file.path, dest);
  res.status(201).json({ stored: dest });
});

app.get('/files/:folder/:name', (req, res) => {
  const file = path.join(STORE, req.params.folder, req.params.name); // expect: CWE-22
  if (!fs.existsSync(file)) return res.sendStatus(404);
  res.download(file);
});

app.listen(8000);
