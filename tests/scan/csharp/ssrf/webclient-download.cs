            using var wc = new WebClient();
            byte[] data = wc.DownloadData(Request.QueryString["src"]);   // expect: CWE-918
