    protected void Page_Load(object sender, EventArgs e)
    {
        Response.Write("<h2>Results for " + Request.QueryString["q"] + "</h2>");   // expect: CWE-79
    }
