const { Client } = require('pg');

async function getConnection() {
  const client = new Client({
    host: 'db.prod.internal',
    database: 'orders',
    user: 'app',
    password: 'Xy7-pQ2-zR9', // expect: CWE-798
  });
  await client.connect();
  return client;
}
