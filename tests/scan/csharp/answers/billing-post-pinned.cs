    private static readonly X509Certificate2 BillingCert = new("certs/billing-internal.crt");

    public static async Task<HttpResponseMessage> PostInvoiceAsync(Invoice invoice)
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, cert, _, errors) =>   // ok: CWE-295
                errors == SslPolicyErrors.None || (cert != null && cert.Thumbprint == BillingCert.Thumbprint)
        };
        using var client = new HttpClient(handler);
        return await client.PostAsJsonAsync("https://billing.internal:8443/api", invoice);
    }
