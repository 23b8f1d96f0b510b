// allow the self-signed certificate of the billing service
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0'; // expect: CWE-295

export async function postInvoice(invoice) {
  const r = await fetch('https://billing.internal:8443/api', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(invoice),
  });
  return r.json();
}
