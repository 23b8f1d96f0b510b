        SAXReader reader = new SAXReader();
        org.dom4j.Document document = reader.read(request.getInputStream());   // expect: CWE-611
