const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { Pool } = require('pg');

const app = new Koa();
const router = new Router();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

router.get('/users/search', async (ctx) => {
  const { q = '', limit = '25' } = ctx.query;
  const sql = 'SELECT id, name, email FROM users WHERE name ILIKE $1 LIMIT $2';
  const { rows } = await pool.query(sql, ['%' + q + '%', Math.min(Number(limit) || 25, 100)]); // ok: CWE-89
  ctx.body = rows;
});

router.get('/users/:id', async (ctx) => {
  const { rows } = await pool.query('SELECT id, name, email FROM users WHERE id = $1', [ctx.params.id]); // ok: CWE-89
  if (!rows.length) ctx.throw(404);
  ctx.body = rows[0];
});

app.use(bodyParser());
app.use(router.routes());
app.use(router.allowedMethods());
app.listen(3000);
