import io
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges


class TotalHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.in_total = False
        self.totals = []

    def startElement(self, name, attrs):
        self.in_total = name == "total"

    def characters(self, content):
        if self.in_total:
            self.totals.append(content)


def read_totals(data: bytes):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)  # expect: CWE-611
    handler = TotalHandler()
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(data))
    return "".join(handler.totals)
