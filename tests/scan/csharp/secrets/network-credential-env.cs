            client.Credentials = new NetworkCredential("svc_mailer", Environment.GetEnvironmentVariable("SMTP_PASSWORD"));   // ok: CWE-798
