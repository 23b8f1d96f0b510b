import xml.sax
from xml.sax.handler import feature_external_ges

parser = xml.sax.make_parser()
parser.setFeature(feature_external_ges, True)  # expect: CWE-611
parser.setContentHandler(handler)
parser.parse(upload)
