const pool = mysql.createPool({
  host: 'localhost',
  user: 'root',
  password: '', // expect: CWE-798
  database: 'test_app',
});
