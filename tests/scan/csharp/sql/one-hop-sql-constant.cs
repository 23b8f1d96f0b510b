        public int PurgeExpired()
        {
            string sql = "DELETE FROM Sessions WHERE ExpiresAt < SYSUTCDATETIME()";
            using var cmd = new SqlCommand(sql, _conn);   // ok: CWE-89
            return cmd.ExecuteNonQuery();
        }
