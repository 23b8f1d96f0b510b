module.exports = {
  host: 'db.internal',
  user: 'admin',
  password: 'Sup3rS3cret!', // expect: CWE-798
  database: 'crm',
};
