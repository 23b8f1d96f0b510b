private val mapper = jacksonObjectMapper()

fun prefsToCookie(prefs: Preferences): String =
    Base64.getUrlEncoder().encodeToString(mapper.writeValueAsBytes(prefs))

fun prefsFromCookie(cookie: String): Preferences =
    mapper.readValue(Base64.getUrlDecoder().decode(cookie), Preferences::class.java) // ok: CWE-502
