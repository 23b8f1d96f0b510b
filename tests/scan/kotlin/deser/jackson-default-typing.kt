val mapper = ObjectMapper().apply {
    enableDefaultTyping() // expect: CWE-502
}
