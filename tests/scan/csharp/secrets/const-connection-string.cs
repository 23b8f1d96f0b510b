        private const string ConnStr = "Data Source=db;Initial Catalog=Shop;User ID=sa;Password=P@ssw0rd123";   // expect: CWE-798
