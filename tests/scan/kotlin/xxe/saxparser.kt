fun countEntries(input: InputStream): Int {
    var n = 0
    SAXParserFactory.newInstance().newSAXParser().parse(input, object : DefaultHandler() { // expect: CWE-611
        override fun startElement(uri: String?, localName: String?, qName: String?, attributes: Attributes?) {
            if (qName == "entry") n++
        }
    })
    return n
}
