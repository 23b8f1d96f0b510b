import { Router, Request, Response } from 'express';
import { pool } from '../db';

const router = Router();
const SORTS: Record<string, string> = { name: 'name', price: 'price', newest: 'created_at' };

router.get('/products', async (req: Request, res: Response) => {
  const page = Number(req.query.page ?? 1);
  const size = Math.min(Number(req.query.size ?? 20), 100);
  const sort = SORTS[String(req.query.sort)] ?? 'name';
  const dir = req.query.dir === 'desc' ? 'DESC' : 'ASC';
  const offset = (page - 1) * size;
  const sql = `SELECT id, name, price FROM products ORDER BY ${sort} ${dir} LIMIT $1 OFFSET $2`; // ok: CWE-89
  try {
    const { rows } = await pool.query(sql, [size, offset]);
    res.json({ page, size, items: rows });
  } catch (err) {
    res.status(500).json({ error: 'query failed' });
  }
});

export default router;
