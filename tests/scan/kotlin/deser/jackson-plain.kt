val mapper = jacksonObjectMapper()
fun prefs(json: String): Preferences = mapper.readValue(json) // ok: CWE-502
