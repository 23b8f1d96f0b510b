fastify.get('/go', async (request, reply) => {
  return reply.redirect(request.query.url); // expect: CWE-601
});
