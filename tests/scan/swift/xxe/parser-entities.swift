import Foundation

final class TotalExtractor: NSObject, XMLParserDelegate {
    private var inTotal = false
    private(set) var total = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        inTotal = name == "total"
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inTotal { total += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
                qualifiedName: String?) {
        if name == "total" { inTotal = false }
    }
}

/// Parses an uploaded invoice, honouring the entities partners declare in the DTD.
func invoiceTotal(_ xml: Data) -> String? {
    let parser = XMLParser(data: xml)
    parser.shouldResolveExternalEntities = true // expect: CWE-611
    let extractor = TotalExtractor()
    parser.delegate = extractor
    return parser.parse() ? extractor.total : nil
}
