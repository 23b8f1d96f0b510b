        using var cmd = new SqlCommand("dbo.GetCustomerOrders", conn) { CommandType = CommandType.StoredProcedure };   // ok: CWE-89
        cmd.Parameters.Add(new SqlParameter("@CustomerId", SqlDbType.Int) { Value = customerId });
