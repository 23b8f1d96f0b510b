from lxml import etree

def parse_invoice(xml_bytes):
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)  # expect: CWE-611
    return etree.fromstring(xml_bytes, parser)
