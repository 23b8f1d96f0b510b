fun parse(input: InputStream, handler: DefaultHandler) {
    val spf = SAXParserFactory.newInstance() // ok: CWE-611
    spf.setFeature("http://xml.org/sax/features/external-general-entities", false)
    spf.setFeature("http://xml.org/sax/features/external-parameter-entities", false)
    spf.newSAXParser().parse(input, handler)
}
