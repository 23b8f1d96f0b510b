/// Parses an uploaded invoice; external entities are not fetched.
func invoiceTotal(_ xml: Data) -> String? {
    let parser = XMLParser(data: xml)
    parser.shouldResolveExternalEntities = false // ok: CWE-611
    let extractor = TotalExtractor()
    parser.delegate = extractor
    return parser.parse() ? extractor.total : nil
}
