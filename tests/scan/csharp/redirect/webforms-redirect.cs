        Response.Redirect(Request.QueryString["next"]);   // expect: CWE-601
