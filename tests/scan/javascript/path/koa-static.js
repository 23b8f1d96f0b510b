router.get('/static/:name', async (ctx) => {
  ctx.body = fs.createReadStream(`./static/${ctx.params.name}`); // expect: CWE-22
});
