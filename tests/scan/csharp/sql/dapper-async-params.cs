        public async Task<User?> GetByEmailAsync(string email)
        {
            using var db = _factory.CreateConnection();
            return await db.QueryFirstOrDefaultAsync<User>("SELECT * FROM Users WHERE Email = @email", new { email });   // ok: CWE-89
        }
