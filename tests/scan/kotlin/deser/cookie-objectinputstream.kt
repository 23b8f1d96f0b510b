fun preferencesFromCookie(value: String): Preferences {
    val bytes = Base64.getDecoder().decode(value)
    ObjectInputStream(ByteArrayInputStream(bytes)).use { // expect: CWE-502
        return it.readObject() as Preferences
    }
}
