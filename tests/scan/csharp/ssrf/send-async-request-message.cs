        var msg = new HttpRequestMessage(HttpMethod.Get, model.WebhookUrl);   // expect: CWE-918
        var resp = await _http.SendAsync(msg);
