        JAXBContext ctx = JAXBContext.newInstance(Invoice.class);
        XMLInputFactory xif = XMLInputFactory.newFactory();
        xif.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xif.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader xsr = xif.createXMLStreamReader(new StreamSource(in));   // ok: CWE-611
        Invoice inv = (Invoice) ctx.createUnmarshaller().unmarshal(xsr);
