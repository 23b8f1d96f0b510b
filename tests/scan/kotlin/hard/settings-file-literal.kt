class SettingsStore(private val context: Context) {
    private val file = File(context.filesDir, "settings.json") // ok: CWE-22

    fun load(): Settings = if (file.exists()) Json.decodeFromString(file.readText()) else Settings()
    fun save(s: Settings) = file.writeText(Json.encodeToString(s))
}
