        public List<Invoice> ForCustomer(string customerCode)
        {
            using (var db = new BillingContext())
            {
                return db.Database.SqlQuery<Invoice>(
                    "SELECT * FROM Invoices WHERE CustomerCode = @p0", customerCode).ToList();   // ok: CWE-89
            }
        }
