import Fastify from 'fastify';
import { createReadStream, existsSync } from 'fs';
import { join, normalize } from 'path';
import { execFile } from 'child_process';

const app = Fastify({ logger: true });
const ROOT = '/srv/share';

app.get<{ Params: { '*': string } }>('/share/*', async (request, reply) => {
  const rel = normalize(request.params['*']).replace(/^(\.\.(\/|\\|$))+/, '');
  const file = join(ROOT, rel);
  if (!file.startsWith(ROOT + '/') || !existsSync(file)) {
    return reply.code(404).send();
  }
  return reply.send(createReadStream(file)); // ok: CWE-22
});

app.post<{ Body: { name: string } }>('/share/zip', async (request, reply) => {
  const { name } = request.body;
  execFile('zip', ['-r', `/tmp/${name}.zip`, `${ROOT}/${name}`], (err) => { // ok: CWE-78 expect: CWE-377
    if (err) request.log.error(err);
  });
  return reply.code(202).send({ queued: name });
});

app.listen({ port: 3000 });
