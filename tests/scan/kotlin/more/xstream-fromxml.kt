fun readOrder(xml: String): Order = XStream().fromXML(xml) as Order // expect: CWE-502
