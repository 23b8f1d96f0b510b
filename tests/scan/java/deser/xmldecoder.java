        XMLDecoder decoder = new XMLDecoder(new ByteArrayInputStream(body));
        Object settings = decoder.readObject();   // expect: CWE-502
