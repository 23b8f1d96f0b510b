        XPathNavigator nav = doc.CreateNavigator();
        string expr = "count(//order[customer='" + customerId + "'])";
        double n = (double)nav.Evaluate(expr);   // expect: CWE-643
