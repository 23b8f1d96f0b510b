        var settings = new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.Auto,   // expect: CWE-502
        };
