import jsonLogic from 'json-logic-js';
router.post('/rules/test', async (ctx) => {
  const { rule, sample } = ctx.request.body;
  ctx.body = { result: jsonLogic.apply(rule, sample) }; // ok: CWE-95
});
