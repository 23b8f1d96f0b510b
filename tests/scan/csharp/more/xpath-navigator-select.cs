        XPathNodeIterator it = navigator.Select($"/catalog/book[@genre='{genre}']");   // expect: CWE-643
