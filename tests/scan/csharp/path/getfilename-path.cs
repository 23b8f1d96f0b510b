        string name = Path.GetFileName(Request.QueryString["name"]);
        string text = File.ReadAllText(Path.Combine(Server.MapPath("~/App_Data/templates"), name));   // ok: CWE-22
