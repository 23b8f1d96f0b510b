        var type = Type.GetType(Request.Form["type"]);
        var serializer = new XmlSerializer(type);   // expect: CWE-502
        var obj = serializer.Deserialize(Request.Body);
