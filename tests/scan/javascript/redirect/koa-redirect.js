router.get('/out', (ctx) => {
  ctx.redirect(ctx.query.url); // expect: CWE-601
});
