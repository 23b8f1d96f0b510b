            cmd.CommandText = "UPDATE Orders SET Status = @status WHERE Id = @id";   // ok: CWE-89
            cmd.Parameters.AddWithValue("@status", status);
            cmd.Parameters.AddWithValue("@id", orderId);
            cmd.ExecuteNonQuery();
