import Foundation

final class CatalogueImporter: NSObject, XMLParserDelegate {
    private var current = ""
    private var titles: [String] = []
    private var inTitle = false

    func importTitles(from data: Data) -> [String] {
        titles.removeAll()
        let parser = XMLParser(data: data) // ok: CWE-611
        parser.delegate = self
        parser.shouldProcessNamespaces = false
        guard parser.parse() else { return [] }
        return titles
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        inTitle = elementName == "title"
        current = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inTitle { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        if elementName == "title" { titles.append(current) }
        inTitle = false
    }
}
