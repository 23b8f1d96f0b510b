        Yaml yaml = new Yaml();
        Object config = yaml.load(request.getInputStream());   // expect: CWE-502
