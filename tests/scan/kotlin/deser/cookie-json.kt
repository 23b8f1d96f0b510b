private val json = Json { ignoreUnknownKeys = true }

fun preferencesFromCookie(value: String): Preferences {
    val text = String(Base64.getDecoder().decode(value), Charsets.UTF_8)
    return json.decodeFromString(Preferences.serializer(), text) // ok: CWE-502
}
