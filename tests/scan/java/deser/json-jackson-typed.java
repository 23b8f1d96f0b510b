        ObjectMapper mapper = new ObjectMapper();
        Settings settings = mapper.readValue(body, Settings.class);   // ok: CWE-502
