using System.Data.SqlClient;
using System.Web.Mvc;

namespace Shop.Web.Controllers
{
    public class OrdersController : Controller
    {
        private readonly string _cs = System.Configuration.ConfigurationManager.ConnectionStrings["Shop"].ConnectionString;

        public ActionResult Index(string status)
        {
            var orders = new System.Collections.Generic.List<OrderRow>();
            using (var conn = new SqlConnection(_cs))
            {
                conn.Open();
                var sql = "SELECT Id, Total FROM Orders WHERE Status = '" + status + "'";
                using (var cmd = new SqlCommand(sql, conn))   // expect: CWE-89
                using (var r = cmd.ExecuteReader())
                {
                    while (r.Read()) orders.Add(new OrderRow(r.GetInt32(0), r.GetDecimal(1)));
                }
            }
            return View(orders);
        }

        [HttpPost]   // expect: CWE-352
        public ActionResult Cancel(int id)
        {
            using (var conn = new SqlConnection(_cs))
            using (var cmd = new SqlCommand("UPDATE Orders SET Status = 'Cancelled' WHERE Id = @id", conn))   // ok: CWE-89
            {
                cmd.Parameters.AddWithValue("@id", id);
                conn.Open();
                cmd.ExecuteNonQuery();
            }
            return RedirectToAction("Index");
        }
    }
}
