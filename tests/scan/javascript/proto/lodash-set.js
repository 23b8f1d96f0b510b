app.post('/settings', (req, res) => {
  _.set(userSettings, req.body.path, req.body.value); // expect: CWE-1321
  res.sendStatus(204);
});
