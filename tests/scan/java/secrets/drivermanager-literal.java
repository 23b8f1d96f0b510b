        Connection conn = DriverManager.getConnection("jdbc:mysql://localhost/shop", "root", "s3cr3tPass!");   // expect: CWE-798
