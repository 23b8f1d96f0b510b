fun parseCatalogue(bytes: ByteArray): Document {
    val dbf = DocumentBuilderFactory.newInstance() // expect: CWE-611
    return dbf.newDocumentBuilder().parse(ByteArrayInputStream(bytes))
}
