import xml.etree.ElementTree as ET

def parse_feed(text):
    root = ET.fromstring(text)  # ok: CWE-611
    return [item.findtext("title") for item in root.iter("item")]
