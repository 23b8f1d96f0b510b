        XPathNavigator nav = doc.CreateNavigator();
        XPathExpression expr = nav.Compile("count(//order)");   // ok: CWE-643
        double n = (double)nav.Evaluate(expr);
