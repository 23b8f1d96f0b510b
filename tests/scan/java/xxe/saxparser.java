    public void parseFeed(InputStream in, DefaultHandler handler) throws Exception {
        SAXParserFactory spf = SAXParserFactory.newInstance();
        SAXParser parser = spf.newSAXParser();   // expect: CWE-611
        parser.parse(in, handler);
    }
