        XStream xstream = new XStream();
        Order order = (Order) xstream.fromXML(request.getInputStream());   // expect: CWE-502
