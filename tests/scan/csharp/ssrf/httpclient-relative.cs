        // BaseAddress is fixed in Program.cs; only the path varies
        var resp = await _http.GetAsync($"/v1/customers/{Uri.EscapeDataString(customerId)}");   // ok: CWE-918
