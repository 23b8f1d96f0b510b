        private const string ConnStr = "Data Source=db;Initial Catalog=Shop;Integrated Security=True";   // ok: CWE-798
