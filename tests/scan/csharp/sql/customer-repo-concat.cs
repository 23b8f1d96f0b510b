using System.Collections.Generic;
using System.Data.SqlClient;

namespace Crm.Data
{
    public class CustomerRepository
    {
        private readonly string _connectionString;

        public CustomerRepository(string connectionString)
        {
            _connectionString = connectionString;
        }

        public List<Customer> FindByCity(string city)
        {
            var result = new List<Customer>();
            using var conn = new SqlConnection(_connectionString);
            conn.Open();
            using var cmd = new SqlCommand("SELECT Id, Name FROM Customers WHERE City = '" + city + "'", conn);   // expect: CWE-89
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                result.Add(new Customer(reader.GetInt32(0), reader.GetString(1)));
            }
            return result;
        }
    }
}
