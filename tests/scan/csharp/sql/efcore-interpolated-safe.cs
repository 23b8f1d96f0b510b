using Microsoft.EntityFrameworkCore;

namespace Blog.Data;

public class PostRepository
{
    private readonly BlogContext _db;

    public PostRepository(BlogContext db) => _db = db;

    public Task<List<Post>> SearchAsync(string term) =>
        _db.Posts
           .FromSqlInterpolated($"SELECT * FROM Posts WHERE Title LIKE {'%' + term + '%'}")   // ok: CWE-89
           .AsNoTracking()
           .ToListAsync();

    public Task<int> ArchiveAsync(int authorId) =>
        _db.Database.ExecuteSqlInterpolatedAsync($"UPDATE Posts SET Archived = 1 WHERE AuthorId = {authorId}");   // ok: CWE-89

    public Task<List<Post>> ByTagAsync(string tag) =>
        _db.Posts.FromSql($"SELECT * FROM Posts WHERE Tag = {tag}").ToListAsync();   // ok: CWE-89
}
