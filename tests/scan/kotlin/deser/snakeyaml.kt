fun loadSettings(text: String): Any = Yaml().load(text) // expect: CWE-502
