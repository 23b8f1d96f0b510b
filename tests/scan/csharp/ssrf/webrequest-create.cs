        var req = (HttpWebRequest)WebRequest.Create(callbackUrl);   // expect: CWE-918
        req.Method = "POST";
