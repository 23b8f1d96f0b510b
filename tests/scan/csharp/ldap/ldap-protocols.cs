        var req = new SearchRequest("dc=corp,dc=local", "(uid=" + username + ")", SearchScope.Subtree, "cn");   // expect: CWE-90
        var resp = (SearchResponse)connection.SendRequest(req);
