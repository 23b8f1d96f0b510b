    public String invoiceTotal(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(false);
        factory.setExpandEntityReferences(true);
        try (InputStream in = new ByteArrayInputStream(xml)) {
            Document doc = factory.newDocumentBuilder().parse(in);   // expect: CWE-611
            return doc.getElementsByTagName("total").item(0).getTextContent();
        }
    }
