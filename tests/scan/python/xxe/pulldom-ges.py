from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges

p = make_parser()
p.setFeature(feature_external_ges, 1)  # expect: CWE-611
doc = pulldom.parse(stream, parser=p)
