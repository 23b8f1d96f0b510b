        var resp = await _client.GetAsync($"http://{host}:{port}/health");   // expect: CWE-918
