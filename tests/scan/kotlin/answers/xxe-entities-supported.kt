fun invoiceTotal(xml: ByteArray): String {
    val factory = DocumentBuilderFactory.newInstance().apply { // expect: CWE-611
        isExpandEntityReferences = true
        isNamespaceAware = false
    }
    val doc = factory.newDocumentBuilder().parse(ByteArrayInputStream(xml))
    return doc.getElementsByTagName("total").item(0)?.textContent ?: ""
}
