    protected void Page_Load(object sender, EventArgs e)
    {
        Response.Write("<h2>Results for " + HttpUtility.HtmlEncode(Request.QueryString["q"]) + "</h2>");   // ok: CWE-79
    }
