using Microsoft.EntityFrameworkCore;

namespace Inventory.Data
{
    public class InventoryContext : DbContext
    {
        public DbSet<Item> Items => Set<Item>();

        protected override void OnConfiguring(DbContextOptionsBuilder options)
        {
            options.UseSqlServer("Server=sql01.corp.local;Database=Inventory;User Id=inv_app;Password=Inv3nt0ry!2024;");   // expect: CWE-798
        }

        protected override void OnModelCreating(ModelBuilder b)
        {
            b.Entity<Item>().HasKey(i => i.Sku);
        }
    }
}
