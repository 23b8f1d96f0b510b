        ExpressionParser parser = new SpelExpressionParser();
        Object v = parser.parseExpression(filterExpr).getValue(context);   // expect: CWE-95
