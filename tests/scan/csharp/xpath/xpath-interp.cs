        XmlNodeList books = catalog.SelectNodes($"//book[author='{author}']");   // expect: CWE-643
