        SAXReader reader = new SAXReader();   // expect: CWE-611
        org.dom4j.Document document = reader.read(request.getInputStream());
