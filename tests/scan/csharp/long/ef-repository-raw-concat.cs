using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Hr.Data
{
    public class EmployeeRepository
    {
        private readonly HrContext _db;

        public EmployeeRepository(HrContext db) => _db = db;

        public Task<List<Employee>> ListAsync(string department, string sort)
        {
            var sql = $"SELECT * FROM Employees WHERE Department = '{department}' ORDER BY {sort}";
            return _db.Employees
                .FromSqlRaw(sql)   // expect: CWE-89
                .ToListAsync();
        }

        public Task<int> RaiseAsync(string department, decimal pct)
        {
            return _db.Database.ExecuteSqlRawAsync(
                "UPDATE Employees SET Salary = Salary * " + (1 + pct / 100) + " WHERE Department = '" + department + "'");   // expect: CWE-89
        }

        public Task<Employee?> FindAsync(int id) =>
            _db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id);
    }
}
