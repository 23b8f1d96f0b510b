        public List<Invoice> ForCustomer(string customerCode)
        {
            using (var db = new BillingContext())
            {
                return db.Database.SqlQuery<Invoice>(
                    "SELECT * FROM Invoices WHERE CustomerCode = '" + customerCode + "'").ToList();   // expect: CWE-89
            }
        }
