using Microsoft.EntityFrameworkCore;

namespace Blog.Data;

public class PostRepository
{
    private readonly BlogContext _db;

    public PostRepository(BlogContext db) => _db = db;

    public Task<List<Post>> SearchAsync(string term) =>
        _db.Posts
           .FromSqlRaw($"SELECT * FROM Posts WHERE Title LIKE '%{term}%'")   // expect: CWE-89
           .AsNoTracking()
           .ToListAsync();

    public Task<int> ArchiveAsync(int authorId) =>
        _db.Database.ExecuteSqlRawAsync("UPDATE Posts SET Archived = 1 WHERE AuthorId = " + authorId);   // expect: CWE-89

    public Task<List<Post>> ByTagAsync(string tag) =>
        _db.Posts.FromSqlRaw("SELECT * FROM Posts WHERE Tag = {0}", tag).ToListAsync();   // ok: CWE-89
}
