fun readPrefs(bytes: ByteArray): Preferences {
    val ois = ObjectInputStream(ByteArrayInputStream(bytes)) // ok: CWE-502
    ois.objectInputFilter = ObjectInputFilter.Config.createFilter("com.example.Preferences;java.base/*;!*")
    return ois.readObject() as Preferences
}
