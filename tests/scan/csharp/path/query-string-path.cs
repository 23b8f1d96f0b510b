        string name = Request.QueryString["name"];
        string text = File.ReadAllText(Path.Combine(Server.MapPath("~/App_Data/templates"), name));   // expect: CWE-22
