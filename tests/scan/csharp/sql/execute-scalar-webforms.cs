    protected void btnLogin_Click(object sender, EventArgs e)
    {
        using (var con = new SqlConnection(ConfigurationManager.ConnectionStrings["Main"].ConnectionString))
        {
            con.Open();
            var cmd = new SqlCommand("select count(*) from Users where Login='" + txtUser.Text + "' and Pwd='" + txtPass.Text + "'", con);   // expect: CWE-89
            int n = (int)cmd.ExecuteScalar();
            if (n == 1) FormsAuthentication.RedirectFromLoginPage(txtUser.Text, false);
        }
    }
