import axios from 'axios';
import https from 'https';
import { readFileSync } from 'fs';

const BASE = process.env.PARTNER_URL ?? 'https://partner.internal';

const client = axios.create({
  baseURL: BASE,
  timeout: 10_000,
  httpsAgent: new https.Agent({
    keepAlive: true,
    ca: readFileSync('/etc/partner/ca.pem'), // ok: CWE-295
  }),
});

export async function listShipments(since: Date) {
  const { data } = await client.get('/v2/shipments', {
    params: { since: since.toISOString() },
  });
  return data.items as Array<{ id: string; status: string }>;
}

export async function cancelShipment(id: string) {
  await client.post(`/v2/shipments/${encodeURIComponent(id)}/cancel`);
}
