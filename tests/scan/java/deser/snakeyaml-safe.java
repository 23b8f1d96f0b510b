        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Map<String, Object> config = yaml.load(request.getInputStream());   // ok: CWE-502
