        Connection conn = DriverManager.getConnection(url, "shop", System.getenv("SHOP_DB_PASSWORD"));   // ok: CWE-798
