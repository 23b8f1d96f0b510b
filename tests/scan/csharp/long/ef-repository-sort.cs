using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Hr.Data
{
    public class EmployeeRepository
    {
        private static readonly HashSet<string> SortColumns = new() { "LastName", "HireDate", "Salary" };
        private readonly HrContext _db;

        public EmployeeRepository(HrContext db) => _db = db;

        public Task<List<Employee>> ListAsync(string department, string sort)
        {
            var column = SortColumns.Contains(sort) ? sort : "LastName";
            return _db.Employees
                .FromSqlRaw("SELECT * FROM Employees WHERE Department = {0}", department)   // ok: CWE-89
                .OrderBy(e => EF.Property<object>(e, column))
                .ToListAsync();
        }

        public Task<int> RaiseAsync(string department, decimal pct)
        {
            return _db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE Employees SET Salary = Salary * {1 + pct / 100} WHERE Department = {department}");   // ok: CWE-89
        }

        public Task<Employee?> FindAsync(int id) =>
            _db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id);
    }
}
