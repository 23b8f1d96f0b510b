app.post('/settings', (req, res) => {
  const allowed = pick(req.body, ['theme', 'language']);
  Object.assign(userSettings, allowed); // ok: CWE-1321
  res.sendStatus(204);
});
