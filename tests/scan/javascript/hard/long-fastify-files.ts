import Fastify from 'fastify';
import { createReadStream, existsSync } from 'fs';
import { join } from 'path';
import { exec } from 'child_process';

const app = Fastify({ logger: true });
const ROOT = '/srv/share';

app.get<{ Params: { '*': string } }>('/share/*', async (request, reply) => {
  const file = join(ROOT, request.params['*']); // expect: CWE-22
  if (!existsSync(file)) {
    return reply.code(404).send();
  }
  return reply.send(createReadStream(file));
});

app.post<{ Body: { name: string } }>('/share/zip', async (request, reply) => {
  const { name } = request.body;
  exec(`zip -r /tmp/${name}.zip ${ROOT}/${name}`, (err) => { // expect: CWE-78 CWE-377
    if (err) request.log.error(err);
  });
  return reply.code(202).send({ queued: name });
});

app.listen({ port: 3000 });
