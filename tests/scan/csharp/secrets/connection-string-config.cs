using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Inventory.Data
{
    public class InventoryContext : DbContext
    {
        private readonly IConfiguration _config;

        public InventoryContext(IConfiguration config) => _config = config;

        public DbSet<Item> Items => Set<Item>();

        protected override void OnConfiguring(DbContextOptionsBuilder options)
        {
            options.UseSqlServer(_config.GetConnectionString("Inventory"));   // ok: CWE-798
        }
    }
}
