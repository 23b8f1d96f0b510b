private val factory = DocumentBuilderFactory.newInstance().apply { // ok: CWE-611
    setFeature("http://apache.org/xml/features/disallow-doctype-decl", true)
    isXIncludeAware = false
}
