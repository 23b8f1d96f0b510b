            var sql = string.Format("SELECT * FROM Invoices WHERE CustomerId = {0} AND Year = {1}", customerId, year);
            var adapter = new SqlDataAdapter(sql, conn);   // expect: CWE-89
