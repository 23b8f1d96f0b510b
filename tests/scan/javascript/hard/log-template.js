app.post('/login', (req, res) => {
  logger.info(`login attempt for ${req.body.username}`); // expect: CWE-117
  auth(req, res);
});
