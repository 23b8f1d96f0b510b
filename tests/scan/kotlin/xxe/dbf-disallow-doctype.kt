fun parseCatalogue(bytes: ByteArray): Document {
    val dbf = DocumentBuilderFactory.newInstance() // ok: CWE-611
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true)
    return dbf.newDocumentBuilder().parse(ByteArrayInputStream(bytes))
}
