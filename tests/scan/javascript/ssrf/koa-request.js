router.post('/hooks/test', async (ctx) => {
  const { webhookUrl } = ctx.request.body;
  await axios.post(webhookUrl, { ping: true }); // expect: CWE-918
  ctx.body = { ok: true };
});
