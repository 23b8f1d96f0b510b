import { Router, Request, Response } from 'express';
import { pool } from '../db';

const router = Router();

router.get('/products', async (req: Request, res: Response) => {
  const page = Number(req.query.page ?? 1);
  const size = Math.min(Number(req.query.size ?? 20), 100);
  const sort = String(req.query.sort ?? 'name');
  const dir = req.query.dir === 'desc' ? 'DESC' : 'ASC';
  const offset = (page - 1) * size;
  const sql =
    'SELECT id, name, price FROM products ORDER BY ' + sort + ' ' + dir + // expect: CWE-89
    ' LIMIT $1 OFFSET $2';
  try {
    const { rows } = await pool.query(sql, [size, offset]);
    res.json({ page, size, items: rows });
  } catch (err) {
    res.status(500).json({ error: 'query failed' });
  }
});

export default router;
