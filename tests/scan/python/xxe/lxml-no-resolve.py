from lxml import etree

def parse_invoice(xml_bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)  # ok: CWE-611
    return etree.fromstring(xml_bytes, parser)
