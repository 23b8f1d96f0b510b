fun reader(input: InputStream): XMLStreamReader =
    XMLInputFactory.newInstance().createXMLStreamReader(input) // expect: CWE-611
