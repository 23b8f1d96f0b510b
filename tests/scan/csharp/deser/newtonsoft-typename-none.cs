        var settings = new JsonSerializerSettings
        {
            TypeNameHandling = TypeNameHandling.None   // ok: CWE-502
        };
        var msg = JsonConvert.DeserializeObject<Message>(body, settings);
