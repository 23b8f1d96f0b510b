router.get('/auth/callback', async (req, res) => {
  const returnTo = req.query.returnTo as string;
  await finishLogin(req);
  res.redirect(returnTo); // expect: CWE-601
});
