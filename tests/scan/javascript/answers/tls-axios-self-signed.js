const axios = require('axios');
const https = require('https');

async function postInvoice(invoice) {
  const { data } = await axios.post('https://billing.internal:8443/api', invoice, {
    httpsAgent: new https.Agent({ rejectUnauthorized: false }), // expect: CWE-295
  });
  return data;
}
