    public static async Task<HttpResponseMessage> PostInvoiceAsync(Invoice invoice)
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator   // expect: CWE-295
        };
        using var client = new HttpClient(handler);
        return await client.PostAsJsonAsync("https://billing.internal:8443/api", invoice);   // ok: CWE-918
    }
