        byte[] raw = Base64.getDecoder().decode(request.getParameter("state"));
        WizardState state = SerializationUtils.deserialize(raw);   // expect: CWE-502
