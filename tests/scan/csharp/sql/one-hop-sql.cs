        public int DeleteUser(string userName)
        {
            string sql = "DELETE FROM Users WHERE UserName = '" + userName + "'";
            using var cmd = new SqlCommand(sql, _conn);   // expect: CWE-89
            return cmd.ExecuteNonQuery();
        }
