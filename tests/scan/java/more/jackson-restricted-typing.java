    @Bean
    public ObjectMapper eventMapper() {
        PolymorphicTypeValidator ptv = BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("com.acme.events.")
                .build();
        ObjectMapper om = new ObjectMapper();
        om.activateDefaultTyping(ptv, ObjectMapper.DefaultTyping.NON_FINAL);   // ok: CWE-502
        return om;
    }
