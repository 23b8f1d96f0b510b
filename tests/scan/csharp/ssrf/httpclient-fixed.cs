        var json = await _http.GetStringAsync("https://api.exchangerate.example/latest?base=EUR");   // ok: CWE-918
