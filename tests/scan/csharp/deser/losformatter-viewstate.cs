        object state = new LosFormatter().Deserialize(Request.Form["__STATE"]);   // expect: CWE-502
