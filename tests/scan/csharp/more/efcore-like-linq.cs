    public Task<List<Product>> SearchAsync(string term) =>
        _db.Products.Where(p => EF.Functions.Like(p.Name, $"%{term}%")).ToListAsync();   // ok: CWE-89
