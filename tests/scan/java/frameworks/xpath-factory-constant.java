    private static final XPathExpression TITLE;
    static {
        try {
            TITLE = XPathFactory.newInstance().newXPath().compile("/html/head/title");   // ok: CWE-643
        } catch (XPathExpressionException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
