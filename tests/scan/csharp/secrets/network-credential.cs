            client.Credentials = new NetworkCredential("svc_mailer", "Sm7p!Relay#99");   // expect: CWE-798
