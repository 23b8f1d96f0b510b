import type { NextApiRequest, NextApiResponse } from 'next';
import { readFileSync } from 'fs';
import { join } from 'path';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const doc = readFileSync(join(process.cwd(), 'docs', `${req.query.slug}.md`), 'utf8'); // expect: CWE-22
  res.status(200).json({ doc });
}
