fun reader(input: InputStream): XMLStreamReader {
    val f = XMLInputFactory.newInstance() // ok: CWE-611
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false)
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false)
    return f.createXMLStreamReader(input)
}
