            cmd.CommandText = $"UPDATE Orders SET Status = '{status}' WHERE Id = {orderId}";   // expect: CWE-89
            cmd.ExecuteNonQuery();
