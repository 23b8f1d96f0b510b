        Configuration cfg = new Configuration(Configuration.VERSION_2_3_32);
        Template t = new Template("custom", new StringReader(templateSource), cfg);   // expect: CWE-1336
        t.process(model, writer);
