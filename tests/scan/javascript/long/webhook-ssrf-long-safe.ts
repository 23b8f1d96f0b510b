import { Router } from 'express';
import dns from 'dns/promises';
import ipaddr from 'ipaddr.js';

const router = Router();

async function isPublicUrl(raw: string): Promise<boolean> {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:') return false;
  const { address } = await dns.lookup(u.hostname);
  return ipaddr.parse(address).range() === 'unicast';
}

router.post('/webhooks', async (req, res) => {
  const { url } = req.body;
  if (!(await isPublicUrl(url))) return res.status(400).json({ error: 'url not allowed' });
  const probe = await fetch(url, { method: 'POST', body: '{"ping":true}' }); // ok: CWE-918
  res.json({ reachable: probe.ok });
});

export default router;
