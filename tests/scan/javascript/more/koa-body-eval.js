router.post('/rules/test', async (ctx) => {
  const { expression, sample } = ctx.request.body;
  const fn = new Function('x', `return (${expression});`); // expect: CWE-95
  ctx.body = { result: fn(sample) };
});
