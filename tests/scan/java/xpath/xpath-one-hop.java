    NodeList findOrders(String customer) throws Exception {
        String query = "//order[customer/text()='" + customer + "']";
        return (NodeList) xPath.evaluate(query, document, XPathConstants.NODESET);   // expect: CWE-643
    }
