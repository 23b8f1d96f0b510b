app.delete('/uploads', (req, res) => {
  fs.unlinkSync(path.join(UPLOAD_DIR, req.body.file)); // expect: CWE-22
  res.sendStatus(204);
});
