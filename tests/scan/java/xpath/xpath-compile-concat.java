        XPathExpression expr = xp.compile("//book[@isbn='" + isbn + "']/title");   // expect: CWE-643
        String title = expr.evaluate(catalog);
