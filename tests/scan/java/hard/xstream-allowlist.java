        XStream xstream = new XStream();
        xstream.allowTypes(new Class[] {Order.class, OrderLine.class});
        Order order = (Order) xstream.fromXML(request.getInputStream());   // ok: CWE-502
