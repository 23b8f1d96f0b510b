    public String invoiceTotal(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        try (InputStream in = new ByteArrayInputStream(xml)) {
            Document doc = factory.newDocumentBuilder().parse(in);   // ok: CWE-611
            return doc.getElementsByTagName("total").item(0).getTextContent();
        }
    }
