        ObjectMapper mapper = new ObjectMapper();
        mapper.enableDefaultTyping();   // expect: CWE-502
        Object msg = mapper.readValue(payload, Object.class);
