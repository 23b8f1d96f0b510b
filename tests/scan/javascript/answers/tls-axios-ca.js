const axios = require('axios');
const https = require('https');
const fs = require('fs');

const agent = new https.Agent({ ca: fs.readFileSync('/etc/ssl/billing-ca.pem') }); // ok: CWE-295

async function postInvoice(invoice) {
  const { data } = await axios.post('https://billing.internal:8443/api', invoice, { httpsAgent: agent });
  return data;
}
