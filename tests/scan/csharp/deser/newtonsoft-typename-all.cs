        var settings = new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.All   // expect: CWE-502
        };
        var msg = JsonConvert.DeserializeObject<Message>(body, settings);
