const ALLOWED_HOSTS = new Set(['api.github.com', 'api.stripe.com']);
app.get('/fetch', async (req, res) => {
  const u = new URL(String(req.query.url));
  if (u.protocol !== 'https:' || !ALLOWED_HOSTS.has(u.hostname)) return res.sendStatus(400);
  const r = await axios.get(u.toString()); // ok: CWE-918
  res.send(r.data);
});
