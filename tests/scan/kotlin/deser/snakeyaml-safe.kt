fun loadSettings(text: String): Map<String, Any> = Yaml(SafeConstructor(LoaderOptions())).load(text) // ok: CWE-502
