using System;
using System.Data;
using System.Data.SqlClient;
using System.Web.UI;

public partial class Search : Page
{
    protected void Page_Load(object sender, EventArgs e)
    {
        if (IsPostBack) return;
        string term = Request.QueryString["term"] ?? "";
        lblHeading.Text = "Results for " + term;
        Response.Write("<p class='hint'>Showing matches for <b>" + term + "</b></p>");   // expect: CWE-79

        using (var conn = new SqlConnection(ConnectionStrings.Main))
        using (var da = new SqlDataAdapter("SELECT Name, Price FROM Products WHERE Name LIKE @t", conn))   // ok: CWE-89
        {
            da.SelectCommand.Parameters.AddWithValue("@t", "%" + term + "%");
            var table = new DataTable();
            da.Fill(table);
            gridResults.DataSource = table;
            gridResults.DataBind();
        }
    }
}
