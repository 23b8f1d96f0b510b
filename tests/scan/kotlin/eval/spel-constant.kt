private val discount = SpelExpressionParser().parseExpression("price * 0.9") // ok: CWE-95
