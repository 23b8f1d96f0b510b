        Configuration cfg = new Configuration(Configuration.VERSION_2_3_32);
        cfg.setClassForTemplateLoading(getClass(), "/templates");
        Template t = cfg.getTemplate("invoice.ftl");   // ok: CWE-1336
        t.process(model, writer);
