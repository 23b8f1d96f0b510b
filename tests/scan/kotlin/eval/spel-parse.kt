fun evaluate(formula: String): Any? =
    SpelExpressionParser().parseExpression(formula).value // expect: CWE-95
