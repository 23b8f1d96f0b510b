public class PreferencesCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static String toCookie(Preferences prefs) throws IOException {
        return Base64.getUrlEncoder().encodeToString(MAPPER.writeValueAsBytes(prefs));
    }

    public static Preferences fromCookie(String value) throws IOException {
        byte[] data = Base64.getUrlDecoder().decode(value);
        return MAPPER.readValue(data, Preferences.class);   // ok: CWE-502
    }
}
